package de.ladewerk.gateway.devmodel;

import de.ladewerk.gateway.connection.ConnectionRegistry;
import de.ladewerk.gateway.customer.CustomerInformationStore;
import de.ladewerk.gateway.datatransfer.DataTransferService;
import de.ladewerk.gateway.display.DisplayMessageStore;
import de.ladewerk.gateway.persistence.GroupCommitWriter;
import de.ladewerk.gateway.persistence.JdbcChargingProfileStore;
import de.ladewerk.gateway.persistence.JdbcCustomerInformationStore;
import de.ladewerk.gateway.persistence.JdbcDataTransferStore;
import de.ladewerk.gateway.persistence.JdbcDeviceModelStore;
import de.ladewerk.gateway.persistence.JdbcDisplayMessageStore;
import de.ladewerk.gateway.persistence.JooqDeviceModelQueries;
import de.ladewerk.gateway.persistence.JooqLimitOverrides;
import de.ladewerk.gateway.smartcharging.ChargingNeedsResponder;
import de.ladewerk.gateway.smartcharging.ChargingProfileStore;
import io.vertx.core.WorkerExecutor;
import java.time.Clock;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * What stations report besides boot, status and transactions, with the services behind it: device
 * model, Get/SetVariables within limits, data transfer, smart-charging facts and the EV-needs
 * responder, display messages, customer information. One per gateway.
 */
public record StationReports(DeviceModelService deviceModel, VariableService variables, DataTransferService dataTransfers,
                             ChargingProfileStore chargingProfiles, ChargingNeedsResponder chargingNeeds,
                             DisplayMessageStore displayMessages, CustomerInformationStore customerInformation,
                             Clock clock) {

    /** Wires the JDBC stores; CSMS calls (variables, TxProfiles) go over this node's connections. */
    public static StationReports create(DataSource dataSource, GroupCommitWriter writer, WorkerExecutor blocking,
                                        ConnectionRegistry connections, Clock clock) {
        DSLContext db = DSL.using(dataSource, SQLDialect.POSTGRES);
        StationCaller caller = ConnectionCaller.of(connections);
        DeviceModelService model = new DeviceModelService(new JdbcDeviceModelStore(writer),
                new JooqDeviceModelQueries(db), new JooqLimitOverrides(db), blocking);
        ChargingProfileStore profiles = new JdbcChargingProfileStore(writer, db);
        return new StationReports(model, new VariableService(model, caller),
                new DataTransferService(new JdbcDataTransferStore(writer, db), clock), profiles,
                new ChargingNeedsResponder(profiles, blocking, caller, clock),
                new JdbcDisplayMessageStore(writer, db), new JdbcCustomerInformationStore(writer, db), clock);
    }
}
