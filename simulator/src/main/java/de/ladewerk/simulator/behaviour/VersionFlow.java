package de.ladewerk.simulator.behaviour;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;

/**
 * The messages of a charge in one OCPP version: the station's version-neutral story calls these at
 * each step, and they send (or queue) what a real station of that version sends. Each also answers
 * the CSMS's calls of its version. Runs on the station's event loop.
 */
interface VersionFlow {

    /** Reports the status of the EVSE's connector in use if it changed (only when online). */
    void status(EvseState evse);

    /** Reports every connector's status, after each accepted boot. */
    void reportAll();

    /** Asks the CSMS whether the token may charge; completes with the AuthorizationStatus as sent. */
    Future<String> authorize(String idToken);

    /** The cable was plugged in. 2.0.1 starts the transaction here. */
    void plugged(EvseState evse);

    /** Identification succeeded: energy may flow. */
    void authorized(EvseState evse, boolean remote);

    /** A periodic (or triggered) sample of the meter. */
    void sample(EvseState evse, boolean triggered);

    /** Charging stopped or resumed without the transaction ending (vehicle full, limit 0). */
    void chargingStateChanged(EvseState evse);

    /** The transaction ended; the EVSE's transaction and progress still describe it. */
    void stopped(EvseState evse, StopReason reason, String signedEnd);

    /** The key a TxProfile names the running transaction by. */
    String limitKey(SimTransaction transaction);

    /** Registers the answers to the CSMS's calls on a fresh connection. */
    void registerHandlers(CsmsCalls calls);

    /** The measured values of a sample, in this version's SampledValue form. */
    JsonNode sampledValues(EvseState evse, String context);
}
