package app.loadwise.reporting.internal;

import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.export.ClubTable;
import app.loadwise.domain.export.ClubTables.RowPage;
import app.loadwise.domain.export.ClubTables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The export's reads, each in a short transaction of its own. */
@ApplicationScoped
@Transactional
public class ExportReads {

    @Inject
    ClubTables tables;

    @Inject
    ClubRepository clubs;

    public void requireClub(long clubId) {
        clubs.get(clubId);
    }

    public List<String> columns(ClubTable table) {
        return tables.columns(table);
    }

    public RowPage page(ClubTable table, List<String> columns, long clubId, Object[] after, int size) {
        return tables.page(table, columns, clubId, after, size);
    }
}
