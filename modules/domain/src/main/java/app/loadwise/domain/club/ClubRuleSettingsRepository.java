package app.loadwise.domain.club;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Clubs' own rule settings; a club without any uses the defaults. */
@ApplicationScoped
public class ClubRuleSettingsRepository {

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected ClubRuleSettingsRepository() {
    }

    public ClubRuleSettingsRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<ClubRuleSettings> find(long clubId) {
        return Optional.ofNullable(em.find(ClubRuleSettings.class, clubId));
    }

    public ClubRuleSettings store(ClubRuleSettings settings) {
        ClubRuleSettings stored = em.contains(settings) ? settings : em.merge(settings);
        em.flush();
        return stored;
    }

    public void remove(long clubId) {
        find(clubId).ifPresent(em::remove);
        em.flush();
    }

    /** The settings documents of the clubs that have their own, by club id, in one query. */
    public Map<Long, String> documentsOf(Collection<Long> clubIds) {
        if (clubIds.isEmpty()) {
            return Map.of();
        }
        List<ClubRuleSettings> found = em.createQuery("select s from ClubRuleSettings s where s.clubId in :clubs", ClubRuleSettings.class)
                .setParameter("clubs", clubIds).getResultList();
        return found.stream().collect(Collectors.toMap(ClubRuleSettings::clubId, ClubRuleSettings::settings));
    }
}
