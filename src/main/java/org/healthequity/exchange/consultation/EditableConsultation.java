package org.healthequity.exchange.consultation;

/** A consultation as the secretariat's form loads it, with the version to save against and whether it has input. */
public record EditableConsultation(long id, ConsultationForm form, ConsultationPhase phase, boolean hasContributions,
        long version) {
}
