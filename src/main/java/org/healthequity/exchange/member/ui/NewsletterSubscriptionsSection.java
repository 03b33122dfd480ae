package org.healthequity.exchange.member.ui;

import org.healthequity.exchange.member.NewsletterAudiences;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;

/**
 * The signed-in person's newsletters: one switch per network they belong to, saved as it is switched. Someone in no
 * network is told why there is nothing to choose.
 */
class NewsletterSubscriptionsSection extends Section {

    NewsletterSubscriptionsSection(NewsletterAudiences audiences) {
        add(new H2(getTranslation("account.newsletters")));
        var subscriptions = audiences.mySubscriptions();
        if (subscriptions.isEmpty()) {
            add(new Paragraph(getTranslation("account.newsletters.none")));
            return;
        }
        add(new Paragraph(getTranslation("account.newsletters.intro")));
        for (NewsletterAudiences.Subscription subscription : subscriptions) {
            Checkbox box = new Checkbox(getTranslation("account.newsletters.of",
                    getTranslation(subscription.network().messageKey())), subscription.subscribed());
            box.addValueChangeListener(e -> {
                audiences.setMySubscription(subscription.network(), e.getValue());
                Notification.show(getTranslation(e.getValue() ? "account.newsletters.on" : "account.newsletters.off"));
            });
            add(box);
        }
    }
}
