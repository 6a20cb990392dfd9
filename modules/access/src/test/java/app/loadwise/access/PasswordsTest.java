package app.loadwise.access;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.common.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            null                | password is required
            ''                  | password is required
            elevenchars         | at least 12 characters
            coach.anna@club.org | must not be the username
            """)
    void rejectsWeakPasswordsNamingTheField(String password, String why) {
        assertThatThrownBy(() -> Passwords.requireAcceptable(password, "coach.anna@club.org", "password"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining(why)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("password");
    }

    @ParameterizedTest
    @CsvSource({"twelve chars", "correct horse battery staple"})
    void acceptsLongEnoughPasswords(String password) {
        assertThatCode(() -> Passwords.requireAcceptable(password, "anna", "password")).doesNotThrowAnyException();
    }
}
