package app.loadwise.traininglog.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DateOrdersTest {

    @TempDir
    Path dir;

    private DateOrders scan(String csv) throws Exception {
        Path file = Files.writeString(dir.resolve("log.csv"), csv);
        return DateOrders.scan(file, new FormatDetector(List.of()), 100);
    }

    @Test
    void keepsWhatTheCheckDecidedForTheCommitToReadBackUnchanged() throws Exception {
        DateOrders decided = scan("Member ID,Date,Type,Minutes\n"
                + "LS-001,13/02/2026,easy,30\n"
                + "LS-001,02/14/2026,easy,30\n"
                + "LS-001,03/04/2026,easy,30\n"
                + "LS-001,25/02/2026,easy,30\n");
        DateOrders.ColumnOrder mixed = decided.of(0, 1);
        assertThat(mixed.order()).isEqualTo(DateOrders.Order.MIXED);
        assertThat(mixed.dayFirstRows()).containsExactly(2, 5);
        assertThat(mixed.monthFirstExample()).isEqualTo("02/14/2026");

        String kept = decided.encode();
        assertThat(kept).isEqualTo("0:1\tMIXED\t2\t2,5\t13/02/2026\t1\t3\t02/14/2026");
        assertThat(DateOrders.decode(kept).of(0, 1)).isEqualTo(mixed);
        assertThat(DateOrders.decode(kept).of(0, 2)).isEqualTo(DateOrders.ColumnOrder.LOCALE);
    }

    @Test
    void aFileWithoutDateColumnsKeepsNothing() throws Exception {
        DateOrders decided = scan("Member ID,Type,Minutes\nLS-001,easy,30\n");
        assertThat(decided.encode()).isEmpty();
        assertThat(DateOrders.decode("").of(0, 1)).isEqualTo(DateOrders.ColumnOrder.LOCALE);
    }
}
