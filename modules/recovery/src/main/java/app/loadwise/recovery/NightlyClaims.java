package app.loadwise.recovery;

import app.loadwise.recovery.internal.store.JobClaimRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;

/** The claim rows in transactions of their own, so a lost race never spoils the caller's transaction. */
@ApplicationScoped
public class NightlyClaims {

    @Inject
    JobClaimRepository claims;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean isClaimed(String job, LocalDate night) {
        return claims.isClaimed(job, night);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(String job, LocalDate night, String instance, Instant at) {
        claims.insertClaim(job, night, instance, at);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void attach(String job, LocalDate night, long executionId) {
        claims.attachExecution(job, night, executionId);
    }
}
