package org.healthequity.exchange.newsletter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.healthequity.exchange.member.AudienceFilter;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.RunAs;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's newsletter: one sent to both networks ten days ago, in English, French and Spanish, so the archive at
 * /newsletters has something to read. It is written through {@link Newsletters} as the secretariat; its having been
 * sent is the module's seeding hook (the entity's own steps), since the demo people get no mail.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 60)
class DemoNewsletters implements ApplicationRunner {

    private static final String SECRETARIAT = "secretariat@example.org";

    private final NewsletterRepository newsletters;
    private final Newsletters service;
    private final RunAs runAs;
    private final ExchangeProperties properties;
    private final Environment environment;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoNewsletters(NewsletterRepository newsletters, Newsletters service, RunAs runAs,
            ExchangeProperties properties, Environment environment, ApplicationEventPublisher events, Clock clock) {
        this.newsletters = newsletters;
        this.service = service;
        this.runAs = runAs;
        this.properties = properties;
        this.environment = environment;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demoDataEnabled(environment) || newsletters.count() > 0) {
            return;
        }
        runAs.ifAccountExists(SECRETARIAT, () -> {
            AudienceFilter everyone = new AudienceFilter(Set.of(Network.GKNHE, Network.HIM), Set.of(), Set.of(),
                    Set.of(), Set.of(), Set.of());
            long reach = service.audienceSize(everyone);
            EditableNewsletter draft = service.create(new NewsletterForm(List.of(
                    new NewsletterText(Language.ENGLISH, "Health equity news: December",
                            ENGLISH),
                    new NewsletterText(Language.FRENCH, "Nouvelles de l'équité en santé : décembre", FRENCH),
                    new NewsletterText(Language.SPANISH, "Noticias de equidad en salud: diciembre", SPANISH)),
                    everyone));
            Instant sent = clock.instant().minus(Duration.ofDays(10));
            Newsletter newsletter = newsletters.findById(draft.id()).orElseThrow();
            newsletter.sendNow(sent);
            newsletter.sent((int) reach, sent);
            Newsletter saved = newsletters.saveAndFlush(newsletter);
            events.publishEvent(NewsletterSearchSource.changed(saved.id()));
            return saved;
        });
    }

    private static final String ENGLISH = """
            ## This month in the networks

            - The **open call** of the HIM Network is open for six more weeks on the Calls page.
            - Eight new *case studies* were published, among them work on housing and health in Fiji.
            - Next webinar: measuring inequality in health service coverage.

            Thank you for sharing your work with the networks.""";

    private static final String FRENCH = """
            ## Ce mois-ci dans les réseaux

            - L'**appel à candidatures** du réseau HIM reste ouvert six semaines, sur la page des appels.
            - Huit nouvelles *études de cas* ont été publiées, dont un travail sur le logement et la santé aux Fidji.
            - Prochain webinaire : mesurer les inégalités de couverture des services de santé.

            Merci de partager vos travaux avec les réseaux.""";

    private static final String SPANISH = """
            ## Este mes en las redes

            - La **convocatoria** de la red HIM sigue abierta seis semanas más, en la página de convocatorias.
            - Se publicaron ocho nuevos *estudios de caso*, entre ellos uno sobre vivienda y salud en Fiyi.
            - Próximo seminario web: medir las desigualdades en la cobertura de los servicios de salud.

            Gracias por compartir su trabajo con las redes.""";
}
