package de.ladewerk.gateway.command;

import de.ladewerk.gateway.authorization.Authorizer;
import de.ladewerk.gateway.authorization.LocalListDialect;
import de.ladewerk.gateway.authorization.LocalListRecorder;
import de.ladewerk.gateway.authorization.LocalListRepository;
import de.ladewerk.gateway.authorization.LocalListService;
import de.ladewerk.gateway.authorization.StoreAuthorizer;
import de.ladewerk.gateway.authorization.TokenRepository;
import de.ladewerk.gateway.connection.ConnectionRegistry;
import de.ladewerk.gateway.devmodel.DeviceModelService;
import de.ladewerk.gateway.devmodel.StationReports;
import de.ladewerk.gateway.events.LiveEvents;
import de.ladewerk.gateway.persistence.JooqCommandLog;
import de.ladewerk.gateway.persistence.JooqLocalListRepository;
import de.ladewerk.gateway.persistence.JooqReservationRepository;
import de.ladewerk.gateway.persistence.JooqTokenRepository;
import de.ladewerk.gateway.reservation.CancelReservationRecorder;
import de.ladewerk.gateway.reservation.ReservationBook;
import de.ladewerk.gateway.reservation.ReservationRepository;
import de.ladewerk.gateway.reservation.ReserveNowRecorder;
import de.ladewerk.gateway.station.StationRepository;
import de.ladewerk.ocpp.OcppVersion;
import io.vertx.core.WorkerExecutor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Authorization, commands, local lists and reservations wired together: what the handlers need (the
 * {@link Authorizer}, the {@link ReservationBook}) and what the application offers operators. The
 * after-answer steps are listed here, explicitly, one per action and version.
 */
public final class OperatorServices {

    private final TokenRepository tokens;
    private final StoreAuthorizer authorizer;
    private final JooqCommandLog commandLog;
    private final CommandService commands;
    private final LocalListService localLists;
    private final ReservationBook reservations;

    /**
     * @param reports its device model stores answered GetConfiguration keys and its reported limits split
     *                the 2.0.1 variable and monitoring commands; its charging profiles forget cleared ones
     * @param more    after-answer steps of other concepts (e.g. security-profile upgrades), given by the composition
     *                root so that this package need not depend on theirs
     */
    public OperatorServices(DSLContext db, ConnectionRegistry connections, StationRepository stations,
                            WorkerExecutor blocking, LiveEvents events, Clock clock, StationReports reports,
                            List<CommandOutcomeListener> more) {
        DeviceModelService deviceModel = reports.deviceModel();
        this.tokens = new JooqTokenRepository(db);
        this.authorizer = new StoreAuthorizer(tokens, blocking, clock);
        this.commandLog = new JooqCommandLog(db);
        LocalListRepository lists = new JooqLocalListRepository(db);
        ReservationRepository reservationStore = new JooqReservationRepository(db);
        List<CommandOutcomeListener> listeners = new ArrayList<>(List.of(
                new LocalListRecorder(LocalListDialect.of(OcppVersion.V16), lists),
                new LocalListRecorder(LocalListDialect.of(OcppVersion.V201), lists),
                ReserveNowRecorder.v16(reservationStore),
                ReserveNowRecorder.v201(reservationStore),
                CancelReservationRecorder.v16(reservationStore),
                CancelReservationRecorder.v201(reservationStore),
                new ConfigurationRecorder(deviceModel),
                ChargingProfileClearRecorder.v16(reports.chargingProfiles()),
                ChargingProfileClearRecorder.v201(reports.chargingProfiles()),
                new ChargingProfileSetRecorder(reports.chargingProfiles(), reports.chargingNeeds(), clock)));
        listeners.addAll(more);
        this.commands = new CommandService(connections, stations, commandLog, blocking, events, clock, listeners,
                VariableRoutes.all(deviceModel));
        this.localLists = new LocalListService(tokens, lists, commands, blocking, clock);
        this.reservations = new ReservationBook(reservationStore, blocking, clock);
    }

    public Authorizer authorizer() {
        return authorizer;
    }

    /** The token store; blocking. */
    public TokenRepository tokens() {
        return tokens;
    }

    public CommandService commands() {
        return commands;
    }

    /** The command audit trail; blocking. */
    public CommandQueries commandQueries() {
        return commandLog;
    }

    public LocalListService localLists() {
        return localLists;
    }

    public ReservationBook reservations() {
        return reservations;
    }
}
