package org.healthequity.exchange.moderation.ui;

import java.util.List;
import java.util.Locale;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.moderation.ItemKind;
import org.healthequity.exchange.moderation.ModerationQueue;
import org.healthequity.exchange.moderation.QueueFilter;
import org.healthequity.exchange.moderation.QueueItem;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.ui.Filters;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.ui.ResponsiveGrid;
import org.healthequity.exchange.shared.ui.TitledPage;
import org.healthequity.exchange.shared.validation.Refused;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The moderation queue: what waits for review and what members flagged, oldest first, with its age and the overdue ones
 * highlighted; claim an item, open it, decide. The decisions made are one switch away.
 */
@Route("moderation")
@Menu(title = "nav.moderation", order = 60, icon = "vaadin:check-square-o")
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class ModerationView extends VerticalLayout implements TitledPage {

    private final ModerationQueue queue;
    private final Select<String> type = new Select<>();
    private final Select<ItemKind> kind = new Select<>();
    private final Select<Network> network = new Select<>();
    private final Select<Language> language = new Select<>();
    private final Select<Integer> age = new Select<>();
    private final Checkbox decided = new Checkbox();
    private final Grid<QueueItem> grid = new Grid<>();

    public ModerationView(ModerationQueue queue) {
        this.queue = queue;
        setSizeFull();
        List<ModerationQueue.ContentType> types = queue.contentTypes();
        Filters.anyOf(this, type, "moderation.filter.type",
                types.stream().map(ModerationQueue.ContentType::type).toList(),
                t -> types.stream().filter(c -> c.type().equals(t)).findFirst()
                        .map(c -> getTranslation(c.messageKey())).orElse(t));
        Filters.anyOf(this, kind, "moderation.filter.kind", List.of(ItemKind.values()),
                k -> getTranslation(k.messageKey()));
        Filters.anyOf(this, network, "moderation.filter.network", List.of(Network.values()),
                n -> getTranslation(n.messageKey()));
        Filters.anyOf(this, language, "moderation.filter.language", List.of(Language.values()), Language::nativeName);
        Filters.anyOf(this, age, "moderation.filter.age", List.of(1, 3, 7, 30),
                d -> getTranslation("moderation.filter.older-than", d));
        decided.setLabel(getTranslation("moderation.filter.decided"));

        ResponsiveGrid<QueueItem> columns = ResponsiveGrid.of(grid);
        columns.title(getTranslation("moderation.item"), item -> QueueCells.title(this, item));
        columns.text(getTranslation("moderation.kind"), item -> getTranslation(item.kind().messageKey()));
        columns.text(getTranslation("moderation.type"), item -> getTranslation(item.typeMessageKey()));
        columns.text(getTranslation("moderation.filter.network"), item -> item.network() == null ? ""
                : getTranslation("network.short." + item.network().toLowerCase(Locale.ROOT)));
        columns.text(getTranslation("moderation.filter.language"), item -> Language.nameOf(item.language()));
        columns.component(getTranslation("moderation.age"), item -> QueueCells.age(this, item));
        columns.text(getTranslation("moderation.state"), item -> item.decision() != null
                ? getTranslation(item.decision().messageKey())
                : item.claimedByName() == null ? "" : getTranslation("moderation.claimed-by", item.claimedByName()));
        columns.actions(getTranslation("moderation.actions"), this::actions);
        grid.setItems(query -> queue.page(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, queue.count(filter())));
        grid.setEmptyStateText(getTranslation("moderation.empty"));
        grid.setPartNameGenerator(item -> item.overdue() ? "overdue" : null);
        grid.setSizeFull();

        type.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        network.addValueChangeListener(e -> refresh());
        language.addValueChangeListener(e -> refresh());
        age.addValueChangeListener(e -> refresh());
        decided.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(type, kind, network, language, age, decided);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.addClassName("filters");
        add(new H1(getTranslation("nav.moderation")), new Paragraph(getTranslation("moderation.intro")), filters, grid);
    }

    private HorizontalLayout actions(QueueItem item) {
        HorizontalLayout actions = new HorizontalLayout();
        if (item.decision() != null) {
            return actions;
        }
        if (!item.claimedByMe()) {
            Button claim = new Button(getTranslation("moderation.claim"), e -> act(() -> queue.claim(item.id())));
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(claim);
        } else {
            Button release = new Button(getTranslation("moderation.release"),
                    e -> act(() -> queue.release(item.id())));
            release.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(release);
        }
        Button decide = new Button(getTranslation("moderation.decide"), e -> new DecisionDialog(queue, item, this::refresh, this::error).open());
        decide.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        actions.add(decide);
        return actions;
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (Refused problem) {
            error(problem);
        }
        refresh();
    }

    private void error(Refused problem) {
        Refusals.show(problem, this, field -> null);
    }

    QueueFilter filter() {
        return new QueueFilter(type.getValue(), kind.getValue(),
                network.getValue() == null ? null : network.getValue().name(),
                language.getValue() == null ? null : language.getValue().code(), age.getValue(), decided.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
