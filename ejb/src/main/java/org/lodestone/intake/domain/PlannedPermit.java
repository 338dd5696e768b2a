package org.lodestone.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** A permit the project will need, the agency that issues it and when the applicant expects it. */
@Embeddable
public record PlannedPermit(
    @Enumerated(EnumType.STRING) @Column(name = "permit_type") PermitType type,
    String agency,
    @Column(name = "expected_date") LocalDate expectedDate) {}
