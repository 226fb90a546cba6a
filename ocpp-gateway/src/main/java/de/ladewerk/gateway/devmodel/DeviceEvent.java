package de.ladewerk.gateway.devmodel;

import java.time.Instant;

/** One NotifyEvent entry: a monitor fired, a problem arose or cleared, a periodic value. */
public record DeviceEvent(int eventId, Instant timestamp, String trigger, Integer cause, String actualValue,
                          String techCode, String techInfo, Boolean cleared, String transactionId,
                          ComponentRef component, VariableRef variable, Integer variableMonitoringId,
                          String notificationType) {
}
