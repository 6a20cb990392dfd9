package app.loadwise.recovery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.recovery.engine.RuleId;
import app.loadwise.recovery.engine.RuleSettings;
import org.junit.jupiter.api.Test;

class RuleSettingsDocumentsTest {

    @Test
    void theDefaultsSurviveARoundTrip() {
        String document = RuleSettingsDocuments.write(RuleSettings.defaults());
        assertThat(document).contains("\"maxImplicitRestDays\":3").contains("\"beginner\"");
        assertThat(RuleSettingsDocuments.read(document)).isEqualTo(RuleSettings.defaults());
    }

    @Test
    void aClubsChangesSurviveARoundTrip() {
        RuleSettings custom = RuleSettings.defaults()
                .withAllLevels(r -> r.withEnabled(RuleId.STRENGTH, false))
                .withMaxImplicitRestDays(1);
        RuleSettings read = RuleSettingsDocuments.read(RuleSettingsDocuments.write(custom));
        assertThat(read).isEqualTo(custom);
        assertThat(read.forLevel(ExperienceLevel.ADVANCED).isEnabled(RuleId.STRENGTH)).isFalse();
    }

    @Test
    void aDocumentBreakingARuleNamesTheField() {
        String document = RuleSettingsDocuments.write(RuleSettings.defaults()).replace("\"maxImplicitRestDays\":3", "\"maxImplicitRestDays\":9");
        assertThatThrownBy(() -> RuleSettingsDocuments.read(document))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("maxImplicitRestDays"));
    }

    @Test
    void aDocumentThatIsNotJsonIsRejected() {
        assertThatThrownBy(() -> RuleSettingsDocuments.read("{not json"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("settings"));
    }

    @Test
    void anUnreadableDocumentIsReportedWithoutJavaClassNames() {
        assertThatThrownBy(() -> RuleSettingsDocuments.read("{\"beginner\":[1,2]}"))
                .isInstanceOf(app.loadwise.domain.common.InvalidValueException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("class ").doesNotContain("app.loadwise")
                        .doesNotContain("java.").contains("DELETE"));
    }
}
