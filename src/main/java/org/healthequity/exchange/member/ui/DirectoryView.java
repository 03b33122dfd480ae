package org.healthequity.exchange.member.ui;

import java.util.List;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.DirectoryFilter;
import org.healthequity.exchange.member.DirectoryService;
import org.healthequity.exchange.member.Expertise;
import org.healthequity.exchange.member.InstitutionType;
import org.healthequity.exchange.member.MemberCard;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.i18n.Language;

import org.healthequity.exchange.shared.ui.Filters;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.healthequity.exchange.shared.ui.ResponsiveGrid;
import org.healthequity.exchange.shared.ui.TitledPage;

/** The network directory: people who opted in, with what the viewer may see of them. Loads page by page. */
@Route("members")
@Menu(title = "nav.members", order = 10, icon = "vaadin:users")
@AnonymousAllowed
public class DirectoryView extends VerticalLayout implements TitledPage {

    /** The name as a real link, drawn in the browser: no server-side component per row. Lit escapes the name. */
    private static final String NAME_LINK = """
            <a href="members/${item.id}">${item.name}</a>""";

    private final TextField search = new TextField();
    private final Select<Network> network = new Select<>();
    private final ComboBox<CountryRef> country = new ComboBox<>();
    private final Select<String> region = new Select<>();
    private final Select<InstitutionType> institutionType = new Select<>();
    private final ComboBox<String> expertise = new ComboBox<>();
    private final Select<Language> language = new Select<>();
    private final Grid<MemberCard> grid = new Grid<>();

    public DirectoryView(DirectoryService directory, Countries countries) {
        setSizeFull();
        Language viewerLanguage = Language.of(getLocale());
        search.setLabel(getTranslation("directory.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        Filters.anyOfWhenOpened(this, network, "directory.network", List.of(Network.values()),
                n -> Labels.network(this, n));
        country.setLabel(getTranslation("directory.country"));
        country.setItems(countries.all(viewerLanguage));
        country.setItemLabelGenerator(CountryRef::name);
        country.setClearButtonVisible(true);
        Filters.anyOfWhenOpened(this, region, "directory.region", Countries.REGIONS, r -> Labels.region(this, r));
        Filters.anyOfWhenOpened(this, institutionType, "directory.institution-type", List.of(InstitutionType.values()),
                t -> Labels.institutionType(this, t));
        expertise.setLabel(getTranslation("directory.expertise"));
        expertise.setItems(Expertise.all());
        expertise.setItemLabelGenerator(code -> Labels.expertise(this, code));
        expertise.setClearButtonVisible(true);
        Filters.anyOfWhenOpened(this, language, "directory.language", List.of(Language.values()), Language::nativeName);

        ResponsiveGrid<MemberCard> columns = ResponsiveGrid.of(grid);
        columns.title(getTranslation("directory.name"), LitRenderer.<MemberCard>of(NAME_LINK)
                .withProperty("id", MemberCard::id).withProperty("name", MemberCard::name), MemberCard::name);
        columns.text(getTranslation("directory.title"), card -> card.title() == null ? "" : card.title())
                .setWidth("14rem");
        columns.text(getTranslation("directory.institution"),
                card -> card.institutionName() == null ? "" : card.institutionName()).setWidth("16rem");
        columns.text(getTranslation("directory.country"), card -> card.countryName() == null ? "" : card.countryName());
        grid.setItems(query -> directory.page(filter(), viewerLanguage, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, directory.count(filter())));
        grid.setEmptyStateText(getTranslation("directory.empty"));
        grid.setSizeFull();
        // A screenful of rows, more on scrolling; the name links are drawn in the browser, no component per row.
        grid.setPageSize(20);

        search.addValueChangeListener(e -> refresh());
        network.addValueChangeListener(e -> refresh());
        country.addValueChangeListener(e -> refresh());
        region.addValueChangeListener(e -> refresh());
        institutionType.addValueChangeListener(e -> refresh());
        expertise.addValueChangeListener(e -> refresh());
        language.addValueChangeListener(e -> refresh());

        FlexLayout filters = new FlexLayout(search, network, country, region, institutionType, expertise, language);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("filters");
        add(new H1(getTranslation("nav.members")), new Paragraph(getTranslation("directory.intro")), filters, grid);
    }


    private DirectoryFilter filter() {
        return new DirectoryFilter(search.getValue(), network.getValue(),
                country.getValue() == null ? null : country.getValue().iso2(), region.getValue(),
                institutionType.getValue(), expertise.getValue(), language.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
