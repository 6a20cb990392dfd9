package app.loadwise.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SampleWorkbookTest {

    @Test
    void holdsTodaysTrainingOfDemoAthletesWithOneRpeOutOfRange() throws IOException {
        LocalDate day = LocalDate.of(2026, 12, 7);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SampleWorkbook.write(day, bytes);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            Sheet sessions = workbook.getSheet("Sessions");
            assertThat(sessions.getRow(0).getCell(7).getStringCellValue()).isEqualTo("RPE (0-10)");
            assertThat(sessions.getLastRowNum()).isEqualTo(5);
            Row bad = sessions.getRow(SampleWorkbook.BAD_ROW - 1);
            assertThat(bad.getCell(0).getStringCellValue()).isEqualTo(SampleWorkbook.BAD_MEMBER);
            assertThat(bad.getCell(7).getNumericCellValue()).isEqualTo(12);
            for (int r = 1; r <= sessions.getLastRowNum(); r++) {
                assertThat(sessions.getRow(r).getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(day);
                if (r != SampleWorkbook.BAD_ROW - 1) {
                    assertThat(sessions.getRow(r).getCell(7).getNumericCellValue()).isBetween(0.0, 10.0);
                }
            }
            assertThat(workbook.getSheet("Wellness").getLastRowNum()).isEqualTo(3);
        }
    }
}
