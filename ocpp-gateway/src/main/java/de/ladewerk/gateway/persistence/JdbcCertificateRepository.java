package de.ladewerk.gateway.persistence;

import de.ladewerk.gateway.certificate.CertificateId;
import de.ladewerk.gateway.certificate.CertificateOperation;
import de.ladewerk.gateway.certificate.CertificateRepository;
import de.ladewerk.gateway.certificate.InstalledCertificate;
import de.ladewerk.gateway.persistence.GroupCommitWriter.Write;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.jooq.DSLContext;
import org.jooq.Record;

/** {@link CertificateRepository}: writes through the group-commit writer, reads with jOOQ. */
public final class JdbcCertificateRepository implements CertificateRepository {

    private static final String OPERATION = """
            INSERT INTO ocpp.certificate_operations (station_id, operation, certificate_type, hash_algorithm,
              issuer_name_hash, issuer_key_hash, serial_number, outcome, detail, at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String UPSERT = """
            INSERT INTO ocpp.station_certificates (station_id, certificate_type, hash_algorithm, issuer_name_hash,
              issuer_key_hash, serial_number, source, subject, not_after, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (station_id, hash_algorithm, issuer_name_hash, issuer_key_hash, serial_number) DO UPDATE
            SET certificate_type = EXCLUDED.certificate_type, updated_at = EXCLUDED.updated_at,
              subject = COALESCE(EXCLUDED.subject, station_certificates.subject),
              not_after = COALESCE(EXCLUDED.not_after, station_certificates.not_after),
              source = CASE WHEN EXCLUDED.source = 'REPORTED' THEN station_certificates.source ELSE EXCLUDED.source END""";
    private static final String DELETE = """
            DELETE FROM ocpp.station_certificates WHERE station_id = ? AND hash_algorithm = ? AND issuer_name_hash = ?
              AND issuer_key_hash = ? AND serial_number = ?""";
    // certificates the station no longer lists for the reported types are gone from it
    private static final String FORGET_TYPE = """
            DELETE FROM ocpp.station_certificates WHERE station_id = ? AND certificate_type = ? AND updated_at < ?""";
    private static final String COLUMNS = "station_id, certificate_type, hash_algorithm, issuer_name_hash, "
            + "issuer_key_hash, serial_number";

    private final GroupCommitWriter writer;
    private final DSLContext db;

    public JdbcCertificateRepository(GroupCommitWriter writer, DSLContext db) {
        this.writer = writer;
        this.db = db;
    }

    @Override
    public CompletionStage<Void> record(CertificateOperation operation, InstalledCertificate installed) {
        List<Write> writes = new ArrayList<>(List.of(operation(operation)));
        if (installed != null) {
            writes.add(upsert(installed));
        }
        return writer.submit(writes);
    }

    @Override
    public CompletionStage<Void> recordRemoval(CertificateOperation operation) {
        CertificateId id = operation.certificateId();
        return writer.submit(List.of(operation(operation), new Write(DELETE, ps -> {
            ps.setString(1, operation.stationId());
            bindId(ps, 2, id);
        })));
    }

    @Override
    public CompletionStage<Void> recordReport(CertificateOperation operation, List<String> types,
                                              List<InstalledCertificate> reported) {
        List<Write> writes = new ArrayList<>(List.of(operation(operation)));
        reported.forEach(c -> writes.add(upsert(c)));
        for (String type : types) {
            writes.add(new Write(FORGET_TYPE, ps -> {
                ps.setString(1, operation.stationId());
                ps.setString(2, type);
                ps.setObject(3, time(operation.at()));
            }));
        }
        return writer.submit(writes);
    }

    @Override
    public List<InstalledCertificate> installed(String stationId) {
        return db.resultQuery("SELECT " + COLUMNS + ", source, subject, not_after, updated_at "
                        + "FROM ocpp.station_certificates WHERE station_id = ? ORDER BY updated_at DESC", stationId)
                .fetch(r -> new InstalledCertificate(r.get("station_id", String.class),
                        r.get("certificate_type", String.class), id(r), r.get("source", String.class),
                        r.get("subject", String.class), instant(r, "not_after"), instant(r, "updated_at")));
    }

    @Override
    public List<CertificateOperation> operations(String stationId, int limit) {
        return db.resultQuery("SELECT " + COLUMNS + ", operation, outcome, detail, at FROM ocpp.certificate_operations "
                        + "WHERE station_id = ? ORDER BY at DESC, id DESC LIMIT ?", stationId, limit)
                .fetch(r -> new CertificateOperation(r.get("station_id", String.class), r.get("operation", String.class),
                        r.get("certificate_type", String.class),
                        r.get("serial_number") == null ? null : id(r), r.get("outcome", String.class),
                        r.get("detail", String.class), instant(r, "at")));
    }

    private static Write operation(CertificateOperation o) {
        return new Write(OPERATION, ps -> {
            ps.setString(1, o.stationId());
            ps.setString(2, o.operation());
            ps.setString(3, o.certificateType());
            CertificateId id = o.certificateId();
            ps.setString(4, id == null ? null : id.hashAlgorithm());
            ps.setString(5, id == null ? null : id.issuerNameHash());
            ps.setString(6, id == null ? null : id.issuerKeyHash());
            ps.setString(7, id == null ? null : id.serialNumber());
            ps.setString(8, o.outcome());
            ps.setString(9, o.detail());
            ps.setObject(10, time(o.at()));
        });
    }

    private static Write upsert(InstalledCertificate c) {
        return new Write(UPSERT, ps -> {
            ps.setString(1, c.stationId());
            ps.setString(2, c.certificateType());
            bindId(ps, 3, c.id());
            ps.setString(7, c.source());
            ps.setString(8, c.subject());
            ps.setObject(9, c.notAfter() == null ? null : time(c.notAfter()));
            ps.setObject(10, time(c.updatedAt()));
        });
    }

    private static void bindId(PreparedStatement ps, int first, CertificateId id) throws SQLException {
        ps.setString(first, id.hashAlgorithm());
        ps.setString(first + 1, id.issuerNameHash());
        ps.setString(first + 2, id.issuerKeyHash());
        ps.setString(first + 3, id.serialNumber());
    }

    private static CertificateId id(Record r) {
        return new CertificateId(r.get("hash_algorithm", String.class), r.get("issuer_name_hash", String.class),
                r.get("issuer_key_hash", String.class), r.get("serial_number", String.class));
    }

    private static Instant instant(Record r, String column) {
        OffsetDateTime t = r.get(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime time(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
