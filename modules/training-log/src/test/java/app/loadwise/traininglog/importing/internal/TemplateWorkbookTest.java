package app.loadwise.traininglog.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.common.InputLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TemplateWorkbookTest {

    @Test
    void theTemplatesCellRulesAreTheRangesTheDomainChecks() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateWorkbook.write(out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Map<String, String> sessions = wholeNumberRules(workbook.getSheet("Sessions"));
            assertThat(sessions).containsEntry("RPE", range(InputLimits.RPE))
                    .containsEntry("Avg HR", range(InputLimits.SESSION_HEART_RATE))
                    .containsEntry("Max HR", range(InputLimits.SESSION_HEART_RATE))
                    .containsEntry("Pain score", range(InputLimits.PAIN_SCALE));
            Map<String, String> wellness = wholeNumberRules(workbook.getSheet("Wellness"));
            assertThat(wellness).containsEntry("Resting HR", range(InputLimits.MORNING_RESTING_HEART_RATE))
                    .containsEntry("Sleep quality", range(InputLimits.HOOPER_SCALE));
        }
    }

    /** Each whole-number rule's title with its bounds, "0..10". */
    private static Map<String, String> wholeNumberRules(XSSFSheet sheet) {
        Map<String, String> rules = new HashMap<>();
        for (DataValidation validation : sheet.getDataValidations()) {
            DataValidationConstraint constraint = validation.getValidationConstraint();
            if (constraint.getValidationType() == DataValidationConstraint.ValidationType.INTEGER) {
                rules.put(validation.getErrorBoxTitle(), constraint.getFormula1() + ".." + constraint.getFormula2());
            }
        }
        return rules;
    }

    private static String range(InputLimits range) {
        return range.minText() + ".." + range.maxText();
    }
}
