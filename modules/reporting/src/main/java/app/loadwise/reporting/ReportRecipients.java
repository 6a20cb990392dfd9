package app.loadwise.reporting;

import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.ConflictException;
import app.loadwise.reporting.internal.store.ReportRecipient;
import app.loadwise.reporting.internal.store.ReportRecipientRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Each club's list of people who receive the weekly report. */
@ApplicationScoped
@Transactional
public class ReportRecipients {

    /** Most recipients one club may have. */
    public static final int MAX_PER_CLUB = 50;

    @Inject
    ClubRepository clubs;

    @Inject
    ReportRecipientRepository recipients;

    @Inject
    Clock clock;

    public List<RecipientView> list(long clubId) {
        clubs.get(clubId);
        return recipients.ofClub(clubId).stream().map(RecipientView::of).toList();
    }

    public RecipientView add(long clubId, RecipientRequest request) {
        clubs.get(clubId);
        ReportRecipient recipient = new ReportRecipient(clubId, request.email(), request.name(), clock.instant());
        if (recipients.find(clubId, recipient.email()).isPresent()) {
            throw new ConflictException("email", recipient.email() + " already receives this club's report");
        }
        if (recipients.ofClub(clubId).size() >= MAX_PER_CLUB) {
            throw new ConflictException("email", "a club can have at most " + MAX_PER_CLUB + " report recipients");
        }
        return RecipientView.of(recipients.store(recipient));
    }

    public void remove(long clubId, long id) {
        recipients.remove(recipients.get(clubId, id));
    }
}
