package org.healthequity.exchange.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * A list and the detail of the item chosen in it (the mail log, the member list): side by side on a wide window; below
 * {@link ResponsiveGrid#PHONE_WIDTH_PX} one at a time, the list first, then the chosen item's detail alone under a
 * button back to the list, since side by side each would be a few words wide. The view says when an item is chosen
 * ({@link #showDetail()}) and what going back undoes (clearing the list's selection, which calls {@link #showList()}).
 */
public final class MasterDetail extends Composite<VerticalLayout> {

    private final Component list;
    private final Component detail;
    private final Button back;
    private final SplitLayout split = new SplitLayout();
    private boolean phone;
    private boolean detailShown;

    /** @param back what going back to the list undoes (the list's selection); it should end in {@link #showList()} */
    public MasterDetail(Component list, Component detail, SerializableRunnable back) {
        this.list = list;
        this.detail = detail;
        this.back = new Button(getTranslation("action.back-to-list"), VaadinIcon.ARROW_LEFT.create(), e -> {
            back.run();
            showList();
        });
        this.back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        this.back.addClassName("master-detail-back");
        split.setSizeFull();
        split.setSplitterPosition(60);
        getContent().setSizeFull();
        getContent().setPadding(false);
        getContent().addClassName("master-detail");
        list.getElement().getClassList().add("master-detail-list");
        detail.getElement().getClassList().add("master-detail-detail");
        lay();
        WindowWidth.follow(this, this::fit);
    }

    /** One at a time when {@code windowWidth} is a phone's, else side by side. */
    public void fit(int windowWidth) {
        boolean narrow = windowWidth > 0 && windowWidth < ResponsiveGrid.PHONE_WIDTH_PX;
        if (narrow != phone) {
            phone = narrow;
            lay();
        }
    }

    /** An item was chosen: on a phone its detail takes the list's place, scrolled into sight. */
    public void showDetail() {
        detailShown = true;
        fitVisibility();
        if (phone) {
            back.scrollIntoView();
        }
    }

    /** Nothing is chosen any more: on a phone the list comes back. */
    public void showList() {
        detailShown = false;
        fitVisibility();
    }

    /** Whether the list and the detail are shown one at a time (the window is a phone's). */
    public boolean phone() {
        return phone;
    }

    private void lay() {
        getContent().removeAll();
        if (phone) {
            // The split's slot names would hide them anywhere else: a named slot the new parent lacks shows nothing.
            list.getElement().removeAttribute("slot");
            detail.getElement().removeAttribute("slot");
            getContent().add(back, list, detail);
            getContent().setFlexGrow(1, list, detail);
        } else {
            split.removeAll();
            split.addToPrimary(list);
            split.addToSecondary(detail);
            getContent().add(split);
        }
        fitVisibility();
    }

    private void fitVisibility() {
        back.setVisible(phone && detailShown);
        list.setVisible(!phone || !detailShown);
        detail.setVisible(!phone || detailShown);
    }
}
