package de.ladewerk.ocpp.v201.provisioning;

import de.ladewerk.ocpp.v201.common.ComponentVariable;
import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.util.List;

/** OCPP 2.0.1 GetReportRequest: asks for a device model report filtered by components and criteria. */
public record GetReportRequest(
        @Size(min = 1) List<ComponentVariable> componentVariable,
        @Required Integer requestId,
        @Size(min = 1, max = 4) List<ComponentCriterion> componentCriteria) {
}
