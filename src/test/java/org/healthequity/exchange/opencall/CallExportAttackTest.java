package org.healthequity.exchange.opencall;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.Spreadsheets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applicants choose their institution's name and their own: each export of a call's applications must hand the
 * secretariat's spreadsheet text, never a formula, whatever those names start with.
 */
@Tag("attack")
class CallExportAttackTest extends IntegrationTest {

    @Autowired
    private OpenCallFixture openCallFixture;

    @Autowired
    CallAdministration administration;

    @Autowired
    CallDecisions decisions;

    @Autowired
    JdbcTemplate jdbc;

    private long callWithFormulaNames() {
        OpenCallFixture fixture = openCallFixture;
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        for (String formula : Spreadsheets.FORMULAS) {
            long application = fixture.submitted(call, "Formula Person", formula, "KE");
            // The name an applicant gives themselves (registration or the account page) reaches the export as is.
            jdbc.update("update account set display_name = ? where id = (select applicant_id from call_application"
                    + " where id = ?)", formula, application);
        }
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        return call;
    }

    @Test
    void applicantNamedLikeAFormulaIsDefusedInTheCsvExport() {
        long call = callWithFormulaNames();
        List<List<String>> rows = Spreadsheets.csv(new String(decisions.exportCsv(call), StandardCharsets.UTF_8));
        assertThat(rows).hasSize(Spreadsheets.FORMULAS.size() + 1);
        List<String> names = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            names.add(row.get(1));
            names.add(row.get(2));
        }
        assertThat(names).hasSize(2 * Spreadsheets.FORMULAS.size())
                .allSatisfy(cell -> assertThat(cell).startsWith("'"));
        assertThat(names).contains("'" + Spreadsheets.FORMULAS.getFirst());
    }

    @Test
    void applicantNamedLikeAFormulaStaysTextInTheXlsxExportEvenWhenEdited() throws Exception {
        long call = callWithFormulaNames();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(decisions.exportXlsx(call)))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(Spreadsheets.FORMULAS.size() + 1);
            List<String> seen = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                for (int c : new int[] {1, 2}) {
                    Cell cell = row.getCell(c);
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    // Without the quote prefix, editing the cell in Excel turns it into a live formula.
                    assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getStringCellValue()).isTrue();
                    seen.add(cell.getStringCellValue());
                }
            }
            assertThat(seen).containsAll(Spreadsheets.FORMULAS);
        }
    }
}
