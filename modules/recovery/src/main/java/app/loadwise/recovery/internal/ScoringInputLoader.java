package app.loadwise.recovery.internal;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.club.ClubRuleSettingsRepository;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.training.SessionRow;
import app.loadwise.domain.training.TrainingLogRows;
import app.loadwise.domain.training.WellnessRow;
import app.loadwise.recovery.engine.RuleSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads a batch of athletes, their clubs' rule settings and their training log in five queries, however many athletes the batch holds. */
@ApplicationScoped
public class ScoringInputLoader {

    @Inject
    AthleteRepository athletes;

    @Inject
    ClubRepository clubs;

    @Inject
    TrainingLogRows rows;

    @Inject
    ClubRuleSettingsRepository ruleSettings;

    /** Up to {@code limit} active athletes after {@code afterId} up to {@code lastId}, with records from {@code from} to {@code to}. */
    public List<AthleteScoringInput> load(Long clubId, long afterId, long lastId, int limit, LocalDate from, LocalDate to) {
        List<Athlete> batch = athletes.activeAfter(clubId, afterId, lastId, limit);
        if (batch.isEmpty()) {
            return List.of();
        }
        List<Long> ids = batch.stream().map(Athlete::id).toList();
        Map<Long, Club> clubsById = clubs.findAll(batch.stream().map(Athlete::clubId).distinct().toList()).stream()
                .collect(Collectors.toMap(Club::id, Function.identity()));
        Map<Long, List<SessionRow>> sessionsByAthlete = group(rows.sessions(ids, from, to), SessionRow::athleteId);
        Map<Long, List<WellnessRow>> wellnessByAthlete = group(rows.wellness(ids, from, to), WellnessRow::athleteId);
        Map<Long, String> documents = ruleSettings.documentsOf(clubsById.keySet());
        Map<Long, RuleSettings> settingsByClub = new HashMap<>();
        Map<Long, String> problems = new HashMap<>();
        for (Long club : clubsById.keySet()) {
            try {
                settingsByClub.put(club, settings(documents.get(club)));
            } catch (InvalidValueException e) {
                problems.put(club, "the club's rule settings cannot be used (" + e.field() + ": " + e.getMessage()
                        + "); fix them with PUT /api/v1/clubs/" + club + "/rule-settings");
            }
        }
        List<AthleteScoringInput> inputs = new ArrayList<>(batch.size());
        for (Athlete athlete : batch) {
            inputs.add(new AthleteScoringInput(athlete.id(), athlete, athlete.zoneOr(clubsById.get(athlete.clubId()).timeZone()),
                    sessionsByAthlete.getOrDefault(athlete.id(), List.of()),
                    wellnessByAthlete.getOrDefault(athlete.id(), List.of()),
                    settingsByClub.get(athlete.clubId()), problems.get(athlete.clubId())));
        }
        return inputs;
    }

    /** A club's rule settings (the defaults when it has none of its own); empty when its stored ones do not read. */
    public Optional<RuleSettings> settingsOf(long clubId) {
        try {
            return Optional.of(settings(ruleSettings.documentsOf(Set.of(clubId)).get(clubId)));
        } catch (InvalidValueException unreadable) {
            return Optional.empty();
        }
    }

    private static RuleSettings settings(String document) {
        return document == null ? RuleSettings.defaults() : RuleSettingsDocuments.read(document);
    }

    private static <T> Map<Long, List<T>> group(List<T> rows, Function<T, Long> athleteOf) {
        Map<Long, List<T>> grouped = new HashMap<>();
        for (T row : rows) {
            grouped.computeIfAbsent(athleteOf.apply(row), id -> new ArrayList<>()).add(row);
        }
        return grouped;
    }
}
