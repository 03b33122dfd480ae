package org.healthequity.exchange.casestudy.ui;

import java.util.List;
import java.util.Map;

import org.healthequity.exchange.casestudy.CaseStudyLibrary;
import org.healthequity.exchange.casestudy.LibraryCard;
import org.healthequity.exchange.casestudy.LibraryFilter;
import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.Expertise;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.ui.Filters;
import org.healthequity.exchange.shared.ui.TitledPage;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The library: published case studies as cards, filtered by the database and loaded page by page. */
@Route("case-studies")
@Menu(title = "nav.case-studies", order = 20, icon = "vaadin:book")
@AnonymousAllowed
public class CaseStudyLibraryView extends VerticalLayout implements TitledPage {

    private final ComboBox<CountryRef> country = new ComboBox<>();
    private final Select<String> region = new Select<>();
    private final ComboBox<String> theme = new ComboBox<>();
    private final ComboBox<String> dimension = new ComboBox<>();
    private final ComboBox<String> sdg = new ComboBox<>();
    private final IntegerField year = new IntegerField();
    private final Select<Language> language = new Select<>();
    private final Select<Network> network = new Select<>();
    private final Grid<LibraryCard> cards = new Grid<>();
    private final Paragraph total = new Paragraph();
    private final CaseStudyLibrary library;

    public CaseStudyLibraryView(CaseStudyLibrary library, Countries countries) {
        this.library = library;
        setSizeFull();
        Map<String, String> countryNames = countries.names(Language.of(getLocale()));
        country.setLabel(getTranslation("case-study.country"));
        country.setItems(countries.all(Language.of(getLocale())));
        country.setItemLabelGenerator(CountryRef::name);
        country.setClearButtonVisible(true);
        Filters.anyOfWhenOpened(this, region, "case-study.region", Countries.REGIONS, r -> Vocabulary.region(this, r));
        combo(theme, "case-study.theme", Expertise.THEMES, t -> Vocabulary.theme(this, t));
        combo(dimension, "case-study.dimension", Expertise.DIMENSIONS, d -> Vocabulary.dimension(this, d));
        combo(sdg, "case-study.sdg", Vocabulary.sdgChoices(), s -> Vocabulary.sdg(this, s));
        year.setLabel(getTranslation("case-study.year"));
        year.setMin(1950);
        year.setMax(2100);
        year.setClearButtonVisible(true);
        Filters.anyOfWhenOpened(this, language, "case-study.language", List.of(Language.values()),
                Language::nativeName);
        Filters.anyOfWhenOpened(this, network, "case-study.network", List.of(Network.values()),
                n -> getTranslation(n.messageKey()));

        cards.addColumn(CaseStudyCard.renderer(this, countryNames))
                .setHeader(getTranslation("nav.case-studies"));
        cards.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        cards.setItems(query -> library.page(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, library.count(filter())));
        cards.setEmptyStateText(getTranslation("case-study.library.empty"));
        cards.setSizeFull();
        cards.addClassName("case-study-cards");
        // A screenful of cards, more on scrolling.
        cards.setPageSize(10);

        country.addValueChangeListener(e -> refresh());
        region.addValueChangeListener(e -> refresh());
        theme.addValueChangeListener(e -> refresh());
        dimension.addValueChangeListener(e -> refresh());
        sdg.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        language.addValueChangeListener(e -> refresh());
        network.addValueChangeListener(e -> refresh());

        FlexLayout filters = new FlexLayout(country, region, theme, dimension, sdg, year, language, network);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("filters");
        HorizontalLayout heading = new HorizontalLayout(new H1(getTranslation("nav.case-studies")));
        heading.setAlignItems(Alignment.BASELINE);
        if (CurrentUser.get().isPresent()) {
            Button write = new Button(getTranslation("case-study.new"),
                    e -> getUI().ifPresent(ui -> ui.navigate("case-studies/new")));
            Button mine = new Button(getTranslation("nav.my-case-studies"),
                    e -> getUI().ifPresent(ui -> ui.navigate("my/case-studies")));
            heading.add(write, mine);
        }
        TextField searchBox = new TextField(getTranslation("case-study.library.search"));
        searchBox.setClearButtonVisible(true);
        searchBox.addClassName("search-box");
        searchBox.addKeyPressListener(Key.ENTER, e -> getUI().ifPresent(ui -> ui.navigate(
                "search", QueryParameters.simple(Map.of("q", searchBox.getValue(),
                        "type", CaseStudyLibrary.CONTENT_TYPE)))));
        add(heading, new Paragraph(getTranslation("case-study.library.intro")), searchBox, filters, total, cards);
        updateTotal();
    }


    private void combo(ComboBox<String> box, String labelKey, List<String> items, ItemLabelGenerator<String> labels) {
        box.setLabel(getTranslation(labelKey));
        box.setItems(items);
        box.setItemLabelGenerator(labels);
        box.setClearButtonVisible(true);
    }

    LibraryFilter filter() {
        return new LibraryFilter(country.getValue() == null ? null : country.getValue().iso2(), region.getValue(),
                theme.getValue(), dimension.getValue(), sdg.getValue(), year.getValue(), language.getValue(),
                network.getValue());
    }

    private void refresh() {
        cards.getDataProvider().refreshAll();
        updateTotal();
    }

    private void updateTotal() {
        total.setText(getTranslation("case-study.library.total", library.count(filter())));
    }
}
