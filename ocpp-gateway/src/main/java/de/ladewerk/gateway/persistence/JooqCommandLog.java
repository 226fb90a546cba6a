package de.ladewerk.gateway.persistence;

import static de.ladewerk.gateway.persistence.Timestamps.instant;
import static de.ladewerk.gateway.persistence.Timestamps.odt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ladewerk.gateway.command.CommandLog;
import de.ladewerk.gateway.command.CommandOutcome;
import de.ladewerk.gateway.command.CommandQueries;
import de.ladewerk.gateway.command.CommandResult;
import de.ladewerk.gateway.command.CommandStatus;
import de.ladewerk.ocpp.json.OcppJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The command audit trail ({@link CommandLog}, {@link CommandQueries}) on PostgreSQL through jOOQ; auto-commit per statement. */
public final class JooqCommandLog implements CommandLog, CommandQueries {

    private static final ObjectMapper JSON = OcppJson.mapper();

    private final DSLContext db;

    public JooqCommandLog(DSLContext db) {
        this.db = db;
    }

    @Override
    public long open(String stationId, String protocolVersion, String action, JsonNode request, String requestedBy,
                     Instant requestedAt) {
        return db.insertInto(CommandTables.TABLE)
                .set(CommandTables.STATION_ID, stationId).set(CommandTables.PROTOCOL_VERSION, protocolVersion)
                .set(CommandTables.ACTION, action).set(CommandTables.REQUEST, jsonb(request))
                .set(CommandTables.REQUESTED_BY, requestedBy).set(CommandTables.REQUESTED_AT, odt(requestedAt))
                .set(CommandTables.STATUS, CommandStatus.SENT.name())
                .returning(CommandTables.ID).fetchOne(CommandTables.ID);
    }

    @Override
    public CommandResult close(long id, CommandOutcome o) {
        db.update(CommandTables.TABLE)
                .set(CommandTables.STATUS, o.status().name()).set(CommandTables.RESPONSE, jsonb(o.response()))
                .set(CommandTables.ERROR_CODE, o.errorCode()).set(CommandTables.ERROR_DESCRIPTION, o.errorDescription())
                .set(CommandTables.ANSWERED_AT, odt(o.answeredAt()))
                .where(CommandTables.ID.eq(id)).execute();
        return find(id).orElseThrow(() -> new IllegalStateException("command #" + id + " vanished"));
    }

    @Override
    public List<CommandResult> list(Filter filter, int limit, int offset) {
        return db.select().from(CommandTables.TABLE).where(conditions(filter))
                .orderBy(CommandTables.REQUESTED_AT.desc(), CommandTables.ID.desc()).limit(limit).offset(offset)
                .fetch(JooqCommandLog::result);
    }

    @Override
    public long count(Filter filter) {
        return db.fetchCount(CommandTables.TABLE, conditions(filter));
    }

    @Override
    public Optional<CommandResult> find(long id) {
        return db.select().from(CommandTables.TABLE).where(CommandTables.ID.eq(id)).fetchOptional(JooqCommandLog::result);
    }

    private static Condition conditions(Filter f) {
        List<Condition> c = new ArrayList<>();
        if (f.stationId() != null) {
            c.add(CommandTables.STATION_ID.eq(f.stationId()));
        }
        if (f.action() != null) {
            c.add(CommandTables.ACTION.eq(f.action()));
        }
        if (f.status() != null) {
            c.add(CommandTables.STATUS.eq(f.status().name()));
        }
        if (f.from() != null) {
            c.add(CommandTables.REQUESTED_AT.ge(odt(f.from())));
        }
        if (f.to() != null) {
            c.add(CommandTables.REQUESTED_AT.lt(odt(f.to())));
        }
        return DSL.and(c);
    }

    private static CommandResult result(Record r) {
        return new CommandResult(r.get(CommandTables.ID), r.get(CommandTables.STATION_ID),
                r.get(CommandTables.PROTOCOL_VERSION), r.get(CommandTables.ACTION), json(r.get(CommandTables.REQUEST)),
                CommandStatus.valueOf(r.get(CommandTables.STATUS)), json(r.get(CommandTables.RESPONSE)),
                r.get(CommandTables.ERROR_CODE), r.get(CommandTables.ERROR_DESCRIPTION),
                r.get(CommandTables.REQUESTED_BY), instant(r.get(CommandTables.REQUESTED_AT)),
                instant(r.get(CommandTables.ANSWERED_AT)));
    }

    private static JSONB jsonb(JsonNode node) {
        return node == null ? null : JSONB.valueOf(node.toString());
    }

    private static JsonNode json(JSONB value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.readTree(value.data());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable JSON in ocpp.commands: " + e.getOriginalMessage(), e);
        }
    }
}
