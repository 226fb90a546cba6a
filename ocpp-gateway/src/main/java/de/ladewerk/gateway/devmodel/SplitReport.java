package de.ladewerk.gateway.devmodel;

import de.ladewerk.ocpp.v201.common.GenericDeviceModelStatus;
import java.util.List;

/**
 * A GetReport sent as one or more requests: each request got its own requestId (the first is the
 * one asked for, then +1 …), because the station numbers each request's NotifyReport parts from 0.
 * {@code status} is Accepted if any request was; else EmptyResultSet if any was; else the first status.
 */
public record SplitReport(List<Integer> requestIds, List<GenericDeviceModelStatus> statuses,
                          GenericDeviceModelStatus status) {

    public static SplitReport of(List<Integer> requestIds, List<GenericDeviceModelStatus> statuses) {
        GenericDeviceModelStatus overall = statuses.contains(GenericDeviceModelStatus.Accepted)
                ? GenericDeviceModelStatus.Accepted
                : statuses.contains(GenericDeviceModelStatus.EmptyResultSet) ? GenericDeviceModelStatus.EmptyResultSet
                : statuses.get(0);
        return new SplitReport(List.copyOf(requestIds), List.copyOf(statuses), overall);
    }
}
