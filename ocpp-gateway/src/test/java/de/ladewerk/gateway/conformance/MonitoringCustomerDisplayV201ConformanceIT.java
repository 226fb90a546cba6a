package de.ladewerk.gateway.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OCPP 2.0.1 monitoring (OCA TC_N_01/02/05/16/17/44), customer information (TC_N_27…32, N_62/63) and
 * display messages (TC_O_02/03/06…28) where the CSMS takes part: the command recorded with the
 * station's answer, and what the station then reports (NotifyMonitoringReport,
 * NotifyCustomerInformation, NotifyDisplayMessages) answered and stored. Bare clients: the simulator
 * has no monitors, customer data or display.
 */
class MonitoringCustomerDisplayV201ConformanceIT {

    private static final String NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();

    private static CommandKit kit;

    @BeforeAll
    static void start() throws Exception {
        kit = new CommandKit();
    }

    @AfterAll
    static void stop() {
        kit.close();
    }

    private static void notified(StationClient cs, String action, String payload) {
        assertThat(kit.report(cs, action, payload)).as(action).isEqualTo(CommandKit.json("{}"));
    }

    // ------------------------------------------------------------------------------ N monitoring

    @Test
    void tc_n_01_and_n_02_getMonitoringReport() throws Exception {
        StationClient cs = kit.client("CS-N01", OcppVersion.V201);
        kit.answer(cs, "GetMonitoringReport", "{'status':'Accepted'}");
        kit.sendExpecting("CS-N01", "GetMonitoringReport", "{'requestId':1,'monitoringCriteria':['ThresholdMonitoring']}",
                "Accepted");
        notified(cs, "NotifyMonitoringReport", "{'requestId':1,'seqNo':0,'tbc':true,'generatedAt':'" + NOW + "',"
                + "'monitor':[{'component':{'name':'EVSE','evse':{'id':1}},'variable':{'name':'Power'},'variableMonitoring':"
                + "[{'id':21,'transaction':false,'value':20000,'type':'UpperThreshold','severity':4}]}]}");
        notified(cs, "NotifyMonitoringReport", "{'requestId':1,'seqNo':1,'generatedAt':'" + NOW + "',"
                + "'monitor':[{'component':{'name':'EVSE','evse':{'id':2}},'variable':{'name':'Power'},'variableMonitoring':"
                + "[{'id':22,'transaction':false,'value':20000,'type':'UpperThreshold','severity':4}]}]}");
        assertThat(kit.query("SELECT string_agg(seq_no || ':' || tbc, ',' ORDER BY seq_no) FROM ocpp.device_report_parts "
                + "WHERE station_id = 'CS-N01' AND kind = 'MonitoringReport' AND request_id = 1")).isEqualTo("0:true,1:false");
        assertThat(kit.query("SELECT string_agg(monitor_id || '@' || evse_id, ',' ORDER BY monitor_id) FROM "
                + "ocpp.device_monitors WHERE station_id = 'CS-N01'")).isEqualTo("21@1,22@2");

        // N_02: by component/variable; the station has none of that kind
        kit.answer(cs, "GetMonitoringReport", "{'status':'EmptyResultSet'}");
        kit.sendExpecting("CS-N01", "GetMonitoringReport", "{'requestId':2,'componentVariable':[{'component':"
                + "{'name':'OCPPCommCtrlr'},'variable':{'name':'HeartbeatInterval'}}]}", "EmptyResultSet");
        assertThat(kit.receivedBy(cs, "GetMonitoringReport").at("/componentVariable/0/variable/name").asText())
                .isEqualTo("HeartbeatInterval");
    }

    @Test
    void tc_n_05_monitoringBase_n_16_n_17_monitoringLevel_n_44_clearRejected() throws Exception {
        StationClient cs = kit.client("CS-N05", OcppVersion.V201);
        kit.answer(cs, "SetMonitoringBase", "{'status':'Accepted'}");
        kit.sendExpecting("CS-N05", "SetMonitoringBase", "{'monitoringBase':'FactoryDefault'}", "Accepted");
        kit.answer(cs, "SetMonitoringLevel", "{'status':'Accepted'}");
        kit.sendExpecting("CS-N05", "SetMonitoringLevel", "{'severity':4}", "Accepted");
        kit.answer(cs, "SetMonitoringLevel", "{'status':'Rejected'}");
        kit.sendExpecting("CS-N05", "SetMonitoringLevel", "{'severity':12}", "Rejected");    // out of 0-9

        notified(cs, "NotifyMonitoringReport", "{'requestId':5,'seqNo':0,'generatedAt':'" + NOW + "','monitor':[{"
                + "'component':{'name':'EVSE','evse':{'id':1}},'variable':{'name':'Power'},'variableMonitoring':"
                + "[{'id':44,'transaction':false,'value':1,'type':'Delta','severity':2}]}]}");
        kit.answer(cs, "ClearVariableMonitoring", "{'clearMonitoringResult':[{'id':44,'status':'Rejected'}]}");
        kit.answered("CS-N05", "ClearVariableMonitoring", "{'id':[44]}");
        assertThat(kit.count("SELECT count(*) FROM ocpp.device_monitors WHERE station_id = 'CS-N05' AND monitor_id = 44"))
                .as("a monitor the station refused to clear is kept").isEqualTo(1);
        assertThat(kit.query("SELECT string_agg(action || '=' || (response->>'status'), ',' ORDER BY id) FROM ocpp.commands "
                + "WHERE station_id = 'CS-N05' AND action LIKE 'SetMonitoring%'"))
                .isEqualTo("SetMonitoringBase=Accepted,SetMonitoringLevel=Accepted,SetMonitoringLevel=Rejected");
    }

    // ---------------------------------------------------------------------- N customer information

    private static void customerInformation(StationClient cs, String station, int requestId, String extra,
                                            boolean report, boolean clear, String status) {
        kit.answer(cs, "CustomerInformation", "{'status':'" + status + "'}");
        kit.sendExpecting(station, "CustomerInformation", "{'requestId':" + requestId + ",'report':" + report
                + ",'clear':" + clear + "," + extra + "}", status);
    }

    private static void customerData(StationClient cs, int requestId, int seqNo, boolean tbc, String data) {
        notified(cs, "NotifyCustomerInformation", "{'data':'" + data + "','tbc':" + tbc + ",'seqNo':" + seqNo
                + ",'generatedAt':'" + NOW + "','requestId':" + requestId + "}");
    }

    private static String parts(String station, int requestId) throws Exception {
        return (String) kit.query("SELECT string_agg(seq_no || ':' || tbc || ':' || data, ',' ORDER BY seq_no) FROM "
                + "ocpp.customer_information_parts WHERE station_id = '" + station + "' AND request_id = " + requestId);
    }

    @Test
    void tc_n_27_to_n_32_customerInformation() throws Exception {
        StationClient cs = kit.client("CS-N27", OcppVersion.V201);
        String token = "'idToken':{'idToken':'CUST-1','type':'ISO14443'}";
        customerInformation(cs, "CS-N27", 27, token, true, false, "Accepted");              // N_27 + data
        customerData(cs, 27, 0, true, "sessions: 3");
        customerData(cs, 27, 1, false, "last: 2026-01-02");
        customerInformation(cs, "CS-N27", 28, token, true, false, "Accepted");              // N_28 no data
        customerData(cs, 28, 0, false, "");
        customerInformation(cs, "CS-N27", 29, token, true, false, "Rejected");              // N_29
        customerInformation(cs, "CS-N27", 30, token, true, true, "Accepted");               // N_30 clear + report
        customerData(cs, 30, 0, false, "cleared: sessions: 3");
        customerInformation(cs, "CS-N27", 32, token, false, true, "Accepted");              // N_32 clear, no report

        assertThat(parts("CS-N27", 27)).isEqualTo("0:true:sessions: 3,1:false:last: 2026-01-02");
        assertThat(parts("CS-N27", 28)).isEqualTo("0:false:");
        assertThat(parts("CS-N27", 29)).isNull();
        assertThat(parts("CS-N27", 30)).isEqualTo("0:false:cleared: sessions: 3");
        assertThat(parts("CS-N27", 32)).isNull();
        assertThat(kit.receivedBy(cs, "CustomerInformation").get("clear").asBoolean()).isTrue();
    }

    @Test
    void tc_n_62_byCustomerIdentifier_n_63_byCustomerCertificate() throws Exception {
        StationClient cs = kit.client("CS-N62", OcppVersion.V201);
        customerInformation(cs, "CS-N62", 62, "'customerIdentifier':'contract-DE-LDW-1'", true, true, "Accepted");
        customerData(cs, 62, 0, false, "contract-DE-LDW-1: 1 session");
        String cert = "'customerCertificate':{'hashAlgorithm':'SHA256','issuerNameHash':'aa11','issuerKeyHash':'bb22',"
                + "'serialNumber':'0c'}";
        customerInformation(cs, "CS-N62", 63, cert, true, true, "Accepted");
        customerData(cs, 63, 0, false, "certificate 0c: removed");

        assertThat(kit.receivedBy(cs, "CustomerInformation").at("/customerCertificate/serialNumber").asText()).isEqualTo("0c");
        assertThat(parts("CS-N62", 62)).isEqualTo("0:false:contract-DE-LDW-1: 1 session");
        assertThat(parts("CS-N62", 63)).isEqualTo("0:false:certificate 0c: removed");
    }

    // ---------------------------------------------------------------------------- O display messages

    @Test
    void tc_o_02_getAll_o_03_none_o_07_o_08_o_09_specific_o_11_unknown() throws Exception {
        StationClient cs = kit.client("CS-O02", OcppVersion.V201);
        kit.answer(cs, "GetDisplayMessages", "{'status':'Accepted'}");
        kit.sendExpecting("CS-O02", "GetDisplayMessages", "{'requestId':2}", "Accepted");
        notified(cs, "NotifyDisplayMessages", "{'requestId':2,'tbc':false,'messageInfo':["
                + "{'id':1,'priority':'NormalCycle','state':'Idle','message':{'format':'UTF8','content':'Willkommen'}},"
                + "{'id':2,'priority':'AlwaysFront','message':{'format':'UTF8','language':'en','content':'Out of order'}}]}");
        assertThat(kit.query("SELECT string_agg(message_id || ':' || priority || ':' || content, ',' ORDER BY message_id) "
                + "FROM ocpp.display_messages WHERE station_id = 'CS-O02'")).isEqualTo("1:NormalCycle:Willkommen,"
                + "2:AlwaysFront:Out of order");

        kit.sendExpecting("CS-O02", "GetDisplayMessages", "{'requestId':7,'id':[2]}", "Accepted");            // O_07
        kit.sendExpecting("CS-O02", "GetDisplayMessages", "{'requestId':8,'priority':'AlwaysFront'}", "Accepted"); // O_08
        kit.sendExpecting("CS-O02", "GetDisplayMessages", "{'requestId':9,'state':'Idle'}", "Accepted");          // O_09
        assertThat(kit.receivedBy(cs, "GetDisplayMessages").get("state").asText()).isEqualTo("Idle");
        kit.answer(cs, "GetDisplayMessages", "{'status':'Unknown'}");
        kit.sendExpecting("CS-O02", "GetDisplayMessages", "{'requestId':11,'id':[99]}", "Unknown");           // O_11 / O_03
        assertThat(kit.query("SELECT string_agg((request->>'requestId') || '=' || (response->>'status'), ',' ORDER BY id) "
                + "FROM ocpp.commands WHERE station_id = 'CS-O02'")).isEqualTo("2=Accepted,7=Accepted,8=Accepted,"
                + "9=Accepted,11=Unknown");
    }

    @Test
    void tc_o_06_to_o_28_setDisplayMessageVariants() throws Exception {
        StationClient cs = kit.client("CS-O06", OcppVersion.V201);
        String[][] cases = {
            {"O_06 specific transaction", ",'transactionId':'tx-1'", "Accepted"},
            {"O_10 unknown transaction", ",'transactionId':'tx-none'", "UnknownTransaction"},
            {"O_12 replace", "", "Accepted"},
            {"O_13/O_27 start time", ",'startDateTime':'" + NOW + "'", "Accepted"},
            {"O_14/O_28 end time", ",'endDateTime':'" + NOW + "'", "Accepted"},
            {"O_17 priority", "", "NotSupportedPriority"},
            {"O_18 state", ",'state':'Charging'", "NotSupportedState"},
            {"O_19 format", "", "NotSupportedMessageFormat"},
            {"O_25 specific state", ",'state':'Faulted'", "Accepted"},
            {"O_26 rejected", "", "Rejected"},
        };
        for (String[] c : cases) {
            kit.answer(cs, "SetDisplayMessage", "{'status':'" + c[2] + "'}");
            String payload = "{'message':{'id':6,'priority':'InFront'" + c[1] + ",'message':{'format':'"
                    + (c[0].startsWith("O_19") ? "HTML" : "UTF8") + "','content':'" + c[0] + "'}}}";
            kit.sendExpecting("CS-O06", "SetDisplayMessage", payload, c[2]);
            assertThat(kit.receivedBy(cs, "SetDisplayMessage")).as(c[0]).isEqualTo(CommandKit.json(payload));
        }
        assertThat(kit.count("SELECT count(*) FROM ocpp.commands WHERE station_id = 'CS-O06' AND status = 'ANSWERED'"))
                .isEqualTo(cases.length);
        assertThat(kit.send("CS-O06", "SetDisplayMessage", "{'message':{'id':6,'priority':'Sometimes',"
                + "'message':{'format':'UTF8','content':'x'}}}").status())
                .as("a priority 2.0.1 does not know never leaves the CSMS")
                .isEqualTo(de.ladewerk.gateway.command.CommandStatus.INVALID);
    }
}
