package org.healthequity.exchange.member;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.text.Csv;
import org.healthequity.exchange.shared.security.StaffOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory as CSV for the secretariat, with exactly what the exporter may see (it reads through
 * {@link DirectoryService}). Cells a spreadsheet would read as a formula are prefixed with an apostrophe.
 */
@Service
public class DirectoryExport {

    private static final int PAGE = 500;

    private final DirectoryService directory;

    DirectoryExport(DirectoryService directory) {
        this.directory = directory;
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public byte[] csv(Language language) {
        StringBuilder csv = new StringBuilder("\uFEFFname,title,institution,country,region,languages,expertise\r\n");
        int offset = 0;
        List<MemberCard> page;
        do {
            page = directory.page(DirectoryFilter.none(), language, offset, PAGE);
            for (MemberCard card : page) {
                csv.append(String.join(",", Csv.cell(card.name()), Csv.cell(card.title()), Csv.cell(card.institutionName()),
                        Csv.cell(card.countryName()), Csv.cell(card.region()),
                        Csv.cell(String.join(" ", card.languages().stream().map(Language::code).toList())),
                        Csv.cell(String.join(" ", card.expertise())))).append("\r\n");
            }
            offset += page.size();
        } while (page.size() == PAGE);
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
