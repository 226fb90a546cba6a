package de.ladewerk.ocpp.v16;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.error.ErrorKind;
import de.ladewerk.ocpp.error.OcppException;
import de.ladewerk.ocpp.json.OcppJson;
import de.ladewerk.ocpp.registry.PayloadCodec;
import de.ladewerk.ocpp.v16.core.AuthorizeRequest;
import de.ladewerk.ocpp.v16.core.Measurand;
import de.ladewerk.ocpp.v16.core.MeterValuesRequest;
import de.ladewerk.ocpp.v16.core.Phase;
import de.ladewerk.ocpp.v16.core.ReadingContext;
import de.ladewerk.ocpp.v16.core.SampledValue;
import de.ladewerk.ocpp.v16.core.UnitOfMeasure;
import de.ladewerk.ocpp.v16.security.GetInstalledCertificateIdsResponse;
import de.ladewerk.ocpp.v16.types.ChargingProfilePurposeType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a 1.6 peer is told for a payload that breaks the model: the error kind, its 1.6 spelling, and
 * the path of the offending property in the description.
 */
class V16PayloadValidationTest {

    private static final ObjectMapper MAPPER = OcppJson.mapper();
    private static final PayloadCodec CODEC = new PayloadCodec(OcppVersion.V16);

    private static JsonNode json(String s) throws Exception {
        return MAPPER.readTree(s.replace('\'', '"'));
    }

    private static Class<?> requestOf(String action) {
        return V16Actions.REGISTRY.find(action).orElseThrow().requestType();
    }

    private static Class<?> responseOf(String action) {
        return V16Actions.REGISTRY.find(action).orElseThrow().responseType();
    }

    private static OcppException rejected(String payload, Class<?> type) throws Exception {
        JsonNode node = json(payload);
        Throwable t = catchThrowable(() -> CODEC.decode(node, type));
        assertThat(t).as("%s must be refused as %s", payload, type.getSimpleName()).isInstanceOf(OcppException.class);
        return (OcppException) t;
    }

    @Test
    void idTagLongerThan20IsAFormationViolation() throws Exception {
        OcppException e = rejected("{'idTag':'123456789012345678901'}", AuthorizeRequest.class);
        assertThat(e.kind()).isEqualTo(ErrorKind.FORMAT_VIOLATION);
        assertThat(e.kind().code(OcppVersion.V16)).isEqualTo("FormationViolation");
        assertThat(e.getMessage()).startsWith("idTag:").contains("20");

        AuthorizeRequest ok = CODEC.decode(json("{'idTag':'12345678901234567890'}"), AuthorizeRequest.class);
        assertThat(ok.idTag()).hasSize(20);
    }

    @Test
    void missingRequiredFieldIsAnOccurenceConstraintViolation() throws Exception {
        OcppException e = rejected("{'connectorId':1,'idTag':'AB12','timestamp':'2026-03-01T08:58:12Z'}",
                requestOf("StartTransaction"));
        assertThat(e.kind()).isEqualTo(ErrorKind.OCCURRENCE_CONSTRAINT_VIOLATION);
        assertThat(e.kind().code(OcppVersion.V16)).isEqualTo("OccurenceConstraintViolation");
        assertThat(e.getMessage()).isEqualTo("meterStart: is required");
    }

    @Test
    void badEnumValueIsAPropertyConstraintViolation() throws Exception {
        OcppException e = rejected("{'connectorId':1,'type':'Broken'}", requestOf("ChangeAvailability"));
        assertThat(e.kind()).isEqualTo(ErrorKind.PROPERTY_CONSTRAINT_VIOLATION);
        assertThat(e.getMessage()).startsWith("type:").contains("Inoperative", "Operative");
    }

    @Test
    void stringWhereAnIntegerBelongsIsATypeConstraintViolation() throws Exception {
        OcppException e = rejected("{'connectorId':'1','meterValue':[{'timestamp':'2026-03-01T09:00:00Z',"
                + "'sampledValue':[{'value':'1'}]}]}", MeterValuesRequest.class);
        assertThat(e.kind()).isEqualTo(ErrorKind.TYPE_CONSTRAINT_VIOLATION);
        assertThat(e.getMessage()).startsWith("connectorId:");
    }

    @Test
    void unknownPropertyIsAPropertyConstraintViolation() throws Exception {
        OcppException e = rejected("{'chargePointVendor':'Ladewerk','chargePointModel':'LW-22','colour':'green'}",
                requestOf("BootNotification"));
        assertThat(e.kind()).isEqualTo(ErrorKind.PROPERTY_CONSTRAINT_VIOLATION);
        assertThat(e.getMessage()).isEqualTo("colour: is not a known property");

        OcppException empty = rejected("{'now':true}", requestOf("Heartbeat"));
        assertThat(empty.kind()).isEqualTo(ErrorKind.PROPERTY_CONSTRAINT_VIOLATION);
    }

    @Test
    void customDataIsNotAllowedIn16() throws Exception {
        OcppException e = rejected("{'idTag':'AB12','customData':{'vendorId':'x'}}", AuthorizeRequest.class);
        assertThat(e.kind()).isEqualTo(ErrorKind.PROPERTY_CONSTRAINT_VIOLATION);
        assertThat(e.getMessage()).startsWith("customData:");
    }

    @ParameterizedTest(name = "{1} at {2}")
    @CsvSource(delimiter = '|', value = {
            "{'connectorId':1,'meterValue':[{'timestamp':'2026-03-01T09:00:00Z','sampledValue':[{'value':'1','measurand':'Energy.Active.Import'}]}]}"
                    + "|PROPERTY_CONSTRAINT_VIOLATION|meterValue[0].sampledValue[0].measurand",
            "{'connectorId':1,'meterValue':[{'timestamp':'2026-03-01T09:00:00Z','sampledValue':[{'value':'1'},{'value':'2','phase':'L1N'}]}]}"
                    + "|PROPERTY_CONSTRAINT_VIOLATION|meterValue[0].sampledValue[1].phase",
            "{'connectorId':1,'meterValue':[{'timestamp':'2026-03-01T09:00:00Z','sampledValue':[{'value':'1'}]},{'timestamp':'2026-03-01T09:01:00Z','sampledValue':[{'value':2}]}]}"
                    + "|TYPE_CONSTRAINT_VIOLATION|meterValue[1].sampledValue[0].value",
            "{'connectorId':1,'meterValue':[{'timestamp':'2026-03-01T09:00:00Z','sampledValue':[]}]}"
                    + "|OCCURRENCE_CONSTRAINT_VIOLATION|meterValue[0].sampledValue",
            "{'connectorId':1,'meterValue':[]}|OCCURRENCE_CONSTRAINT_VIOLATION|meterValue",
            "{'connectorId':1,'meterValue':[{'sampledValue':[{'value':'1'}]}]}"
                    + "|OCCURRENCE_CONSTRAINT_VIOLATION|meterValue[0].timestamp",
            "{'connectorId':1,'meterValue':[{'timestamp':'2026-03-01 09:00:00','sampledValue':[{'value':'1'}]}]}"
                    + "|FORMAT_VIOLATION|meterValue[0].timestamp",
            "{'connectorId':1,'meterValue':[{'timestamp':'2026-03-01T09:00:00Z','sampledValue':[{'value':'1','unit':'kwh'}]}]}"
                    + "|PROPERTY_CONSTRAINT_VIOLATION|meterValue[0].sampledValue[0].unit",
            "{'connectorId':-1,'meterValue':[{'timestamp':'2026-03-01T09:00:00Z','sampledValue':[{'value':'1'}]}]}"
                    + "|FORMAT_VIOLATION|connectorId",
    })
    void meterValuesViolationsNameTheNestedPath(String payload, ErrorKind kind, String path) throws Exception {
        assertRefusedAt(payload, MeterValuesRequest.class, kind, path);
    }

    @ParameterizedTest(name = "{0}: {2} at {3}")
    @CsvSource(delimiter = '|', value = {
            "StopTransaction|{'meterStop':100,'timestamp':'2026-03-01T10:42:00Z','transactionId':1,'transactionData':[{'timestamp':'2026-03-01T10:42:00Z','sampledValue':[{'value':'1','context':'Transaction.Stop'}]}]}"
                    + "|PROPERTY_CONSTRAINT_VIOLATION|transactionData[0].sampledValue[0].context",
            "StopTransaction|{'meterStop':100,'timestamp':'2026-03-01T10:42:00Z','transactionId':1,'reason':'Unplugged'}"
                    + "|PROPERTY_CONSTRAINT_VIOLATION|reason",
            "StartTransaction|{'connectorId':0,'idTag':'AB12','meterStart':0,'timestamp':'2026-03-01T08:58:12Z'}"
                    + "|FORMAT_VIOLATION|connectorId",
            "StartTransaction|{'connectorId':1,'idTag':'AB12','meterStart':12.5,'timestamp':'2026-03-01T08:58:12Z'}"
                    + "|TYPE_CONSTRAINT_VIOLATION|meterStart",
            "SetChargingProfile|{'connectorId':1,'csChargingProfiles':{'chargingProfileId':1,'stackLevel':0,'chargingProfilePurpose':'TxProfile','chargingProfileKind':'Relative','chargingSchedule':{'chargingRateUnit':'A','chargingSchedulePeriod':[{'startPeriod':0,'limit':16},{'startPeriod':60}]}}}"
                    + "|OCCURRENCE_CONSTRAINT_VIOLATION|csChargingProfiles.chargingSchedule.chargingSchedulePeriod[1].limit",
            "SetChargingProfile|{'connectorId':1,'csChargingProfiles':{'chargingProfileId':1,'stackLevel':0,'chargingProfilePurpose':'TxProfile','chargingProfileKind':'Relative','chargingSchedule':{'chargingRateUnit':'A','chargingSchedulePeriod':[{'startPeriod':0,'limit':'16'}]}}}"
                    + "|TYPE_CONSTRAINT_VIOLATION|csChargingProfiles.chargingSchedule.chargingSchedulePeriod[0].limit",
            "SetChargingProfile|{'connectorId':1,'csChargingProfiles':{'chargingProfileId':1,'stackLevel':-1,'chargingProfilePurpose':'TxProfile','chargingProfileKind':'Relative','chargingSchedule':{'chargingRateUnit':'A','chargingSchedulePeriod':[{'startPeriod':0,'limit':16}]}}}"
                    + "|FORMAT_VIOLATION|csChargingProfiles.stackLevel",
            "SetChargingProfile|{'connectorId':1,'csChargingProfiles':{'chargingProfileId':1,'stackLevel':0,'chargingProfilePurpose':'TxProfile','chargingProfileKind':'Relative','chargingSchedule':{'chargingRateUnit':'kW','chargingSchedulePeriod':[{'startPeriod':0,'limit':16}]}}}"
                    + "|PROPERTY_CONSTRAINT_VIOLATION|csChargingProfiles.chargingSchedule.chargingRateUnit",
            "RemoteStartTransaction|{'idTag':'AB12','chargingProfile':{'chargingProfileId':1,'stackLevel':0,'chargingProfilePurpose':'TxProfile','chargingProfileKind':'Relative','chargingSchedule':{'chargingRateUnit':'W','chargingSchedulePeriod':[]}}}"
                    + "|OCCURRENCE_CONSTRAINT_VIOLATION|chargingProfile.chargingSchedule.chargingSchedulePeriod",
            "SendLocalList|{'listVersion':2,'updateType':'Full','localAuthorizationList':[{'idTag':'AB12','idTagInfo':{'status':'Valid'}}]}"
                    + "|PROPERTY_CONSTRAINT_VIOLATION|localAuthorizationList[0].idTagInfo.status",
            "SendLocalList|{'listVersion':2,'updateType':'Full','localAuthorizationList':[{'idTagInfo':{'status':'Accepted'}}]}"
                    + "|OCCURRENCE_CONSTRAINT_VIOLATION|localAuthorizationList[0].idTag",
            "GetConfiguration|{'key':['HeartbeatInterval','ThisConfigurationKeyNameIsFarLongerThanFiftyCharacters']}"
                    + "|FORMAT_VIOLATION|key[1]",
            "DataTransfer|{'vendorId':'de.ladewerk','data':{'line1':'Willkommen'}}"
                    + "|TYPE_CONSTRAINT_VIOLATION|data",
            "TriggerMessage|{'requestedMessage':'SignChargePointCertificate'}"
                    + "|PROPERTY_CONSTRAINT_VIOLATION|requestedMessage",
            "ReserveNow|{'connectorId':1,'expiryDate':'tomorrow','idTag':'AB12','reservationId':7}"
                    + "|FORMAT_VIOLATION|expiryDate",
            "DeleteCertificate|{'certificateHashData':{'hashAlgorithm':'SHA256','issuerNameHash':'a','issuerKeyHash':'b','serialNumber':'12345678901234567890123456789012345678901'}}"
                    + "|FORMAT_VIOLATION|certificateHashData.serialNumber",
            "DeleteCertificate|{'certificateHashData':{'hashAlgorithm':'SHA1','issuerNameHash':'a','issuerKeyHash':'b','serialNumber':'1'}}"
                    + "|PROPERTY_CONSTRAINT_VIOLATION|certificateHashData.hashAlgorithm",
            "GetLog|{'logType':'SecurityLog','requestId':1,'log':{'oldestTimestamp':'2026-02-01T00:00:00Z'}}"
                    + "|OCCURRENCE_CONSTRAINT_VIOLATION|log.remoteLocation",
            "SignedUpdateFirmware|{'requestId':1,'firmware':{'location':'https://fw.example.com/x.bin','retrieveDateTime':'2026-03-02T02:00:00Z','signingCertificate':'pem'}}"
                    + "|OCCURRENCE_CONSTRAINT_VIOLATION|firmware.signature",
            "ExtendedTriggerMessage|{'requestedMessage':'DiagnosticsStatusNotification'}"
                    + "|PROPERTY_CONSTRAINT_VIOLATION|requestedMessage",
    })
    void requestViolationsNameTheNestedPath(String action, String payload, ErrorKind kind, String path)
            throws Exception {
        assertRefusedAt(payload, requestOf(action), kind, path);
    }

    private static void assertRefusedAt(String payload, Class<?> type, ErrorKind kind, String path) throws Exception {
        OcppException e = rejected(payload, type);
        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.getMessage()).startsWith(path + ":");
    }

    @Test
    void responsesAreValidatedToo() throws Exception {
        OcppException noIdTagInfo = rejected("{'transactionId':417}", responseOf("StartTransaction"));
        assertThat(noIdTagInfo.kind()).isEqualTo(ErrorKind.OCCURRENCE_CONSTRAINT_VIOLATION);
        assertThat(noIdTagInfo.getMessage()).startsWith("idTagInfo:");

        OcppException readonlyAsText = rejected("{'configurationKey':[{'key':'HeartbeatInterval','readonly':'false'}]}",
                responseOf("GetConfiguration"));
        assertThat(readonlyAsText.kind()).isEqualTo(ErrorKind.TYPE_CONSTRAINT_VIOLATION);
        assertThat(readonlyAsText.getMessage()).startsWith("configurationKey[0].readonly:");

        OcppException emptyHashList = rejected("{'status':'Accepted','certificateHashData':[]}",
                GetInstalledCertificateIdsResponse.class);
        assertThat(emptyHashList.kind()).isEqualTo(ErrorKind.OCCURRENCE_CONSTRAINT_VIOLATION);
    }

    @Test
    void everyWireSpellingBindsToItsConstant() throws Exception {
        assertWireNames(Measurand.class, "Energy.Active.Export.Register", "Energy.Active.Import.Register",
                "Energy.Reactive.Export.Register", "Energy.Reactive.Import.Register", "Energy.Active.Export.Interval",
                "Energy.Active.Import.Interval", "Energy.Reactive.Export.Interval", "Energy.Reactive.Import.Interval",
                "Power.Active.Export", "Power.Active.Import", "Power.Offered", "Power.Reactive.Export",
                "Power.Reactive.Import", "Power.Factor", "Current.Import", "Current.Export", "Current.Offered",
                "Voltage", "Frequency", "Temperature", "SoC", "RPM");
        assertWireNames(Phase.class, "L1", "L2", "L3", "N", "L1-N", "L2-N", "L3-N", "L1-L2", "L2-L3", "L3-L1");
        assertWireNames(ReadingContext.class, "Interruption.Begin", "Interruption.End", "Other", "Sample.Clock",
                "Sample.Periodic", "Transaction.Begin", "Transaction.End", "Trigger");
        assertWireNames(UnitOfMeasure.class, "Wh", "kWh", "varh", "kvarh", "W", "kW", "VA", "kVA", "var", "kvar",
                "A", "V", "K", "Celcius", "Celsius", "Fahrenheit", "Percent");

        for (Measurand m : Measurand.values()) {
            String wire = MAPPER.convertValue(m, String.class);
            SampledValue v = CODEC.decode(json("{'value':'1','measurand':'" + wire + "'}"), SampledValue.class);
            assertThat(v.measurand()).isEqualTo(m);
        }
        SampledValue v = CODEC.decode(json("{'value':'230.1','phase':'L1-N','context':'Sample.Clock','unit':'V'}"),
                SampledValue.class);
        assertThat(v.phase()).isEqualTo(Phase.L1N);
        assertThat(v.context()).isEqualTo(ReadingContext.SampleClock);
        assertThat(MAPPER.writeValueAsString(ChargingProfilePurposeType.TxDefaultProfile)).isEqualTo("\"TxDefaultProfile\"");
    }

    @Test
    void decimalsAndSignedDataKeepTheirValue() throws Exception {
        JsonNode profile = json("{'connectorId':0,'csChargingProfiles':{'chargingProfileId':1,'stackLevel':0,"
                + "'chargingProfilePurpose':'ChargePointMaxProfile','chargingProfileKind':'Absolute',"
                + "'chargingSchedule':{'chargingRateUnit':'W','startSchedule':'2026-03-01T00:00:00+01:00',"
                + "'chargingSchedulePeriod':[{'startPeriod':0,'limit':11000.5}],'minChargingRate':1380}}}");
        Object decoded = CODEC.decode(profile, requestOf("SetChargingProfile"));
        JsonNode limit = CODEC.encode(decoded).at("/csChargingProfiles/chargingSchedule/chargingSchedulePeriod/0/limit");
        assertThat(limit.decimalValue()).isEqualByComparingTo(new BigDecimal("11000.5"));
        assertThat(CODEC.encode(decoded).at("/csChargingProfiles/chargingSchedule/startSchedule").asText())
                .as("an offset time is kept as the same instant").isEqualTo("2026-02-28T23:00:00Z");

        String signed = "OCMF|{\"FV\":\"1.0\",\"RD\":[{\"RV\":16.9}]}|{\"SD\":\"3045022100ab\"}";
        JsonNode meter = MAPPER.createObjectNode().put("connectorId", 1).set("meterValue", MAPPER.createArrayNode()
                .add(MAPPER.createObjectNode().put("timestamp", "2026-03-01T09:00:00Z").set("sampledValue",
                        MAPPER.createArrayNode().add(MAPPER.createObjectNode().put("value", signed)
                                .put("format", "SignedData")))));
        MeterValuesRequest req = CODEC.decode(meter, MeterValuesRequest.class);
        assertThat(req.meterValue().get(0).sampledValue().get(0).value()).isEqualTo(signed);
    }

    @Test
    void wrongPayloadForTheActionIsRefusedNotSilentlyBound() throws Exception {
        assertThatThrownBy(() -> CODEC.decode(json("{'idTag':'AB12'}"), MeterValuesRequest.class))
                .isInstanceOf(OcppException.class)
                .extracting(t -> ((OcppException) t).kind()).isEqualTo(ErrorKind.PROPERTY_CONSTRAINT_VIOLATION);
    }

    private static <E extends Enum<E>> void assertWireNames(Class<E> type, String... expected) {
        Function<E, String> wire = c -> MAPPER.convertValue(c, String.class);
        List<String> actual = Arrays.stream(type.getEnumConstants()).map(wire).collect(Collectors.toList());
        assertThat(actual).containsExactlyInAnyOrder(expected);
    }
}
