package de.ladewerk.ocpp.v201.provisioning;

/** OCPP 2.0.1 VPNEnumType. */
public enum VpnType {
    IKEv2, IPSec, L2TP, PPTP
}
