package de.ladewerk.planning.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.planning.PlanningResult;
import de.ladewerk.planning.PlanningService;
import de.ladewerk.planning.TestScenarios;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

class ExcelReportTest {

    @Test
    void the_workbook_opens_with_poi_and_carries_the_result_as_numbers() throws Exception {
        PlanningResult r = new PlanningService().run(TestScenarios.worked(), null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ExcelReport.write(r, bytes);

        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(4);
            Sheet city = wb.getSheet("City");
            Row acRow = find(city, "public AC points");
            assertThat(acRow.getCell(1).getNumericCellValue()).isEqualTo(r.city().ports().publicAc());
            Sheet districts = wb.getSheet("Districts");
            assertThat(districts.getLastRowNum()).isEqualTo(2); // header + A + B
            assertThat(districts.getRow(1).getCell(0).getStringCellValue()).isEqualTo("A");
            assertThat(districts.getRow(1).getCell(4).getNumericCellValue())
                    .isEqualTo(r.districts().get(0).demand().ports().publicAc());
            Sheet sizing = wb.getSheet("Sizing");
            assertThat(sizing.getRow(0).getCell(7).getStringCellValue()).isEqualTo("points");
            // 3 city rows + 3 location types × 2 districts
            assertThat(sizing.getLastRowNum()).isEqualTo(3 + 6);
        }
    }

    private static Row find(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (label.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }
}
