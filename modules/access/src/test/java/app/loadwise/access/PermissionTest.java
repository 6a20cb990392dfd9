package app.loadwise.access;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.access.Caller;
import app.loadwise.domain.access.KeyScope;
import app.loadwise.domain.access.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PermissionTest {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            PLATFORM_ADMIN |            | AUTHENTICATED READ LOG_WRITE COACHING CLUB_WRITE CLUB_ADMIN PLATFORM
            CLUB_ADMIN     |            | AUTHENTICATED READ LOG_WRITE COACHING CLUB_WRITE CLUB_ADMIN
            COACH          |            | AUTHENTICATED READ LOG_WRITE COACHING
            INTEGRATION    | READ       | AUTHENTICATED READ
            INTEGRATION    | READ_WRITE | AUTHENTICATED READ LOG_WRITE CLUB_WRITE
            """)
    void grantsEachRoleExactlyItsPermissions(Role role, KeyScope scope, String granted) {
        Caller caller = new Caller("someone", role, role == Role.PLATFORM_ADMIN ? null : 7L, scope, 1L, null);
        Set<Permission> expected = Arrays.stream(granted.split(" ")).map(Permission::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class)));
        Set<Permission> actual = Arrays.stream(Permission.values()).filter(p -> p.grantedTo(caller))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class)));
        assertThat(actual).isEqualTo(expected);
    }
}
