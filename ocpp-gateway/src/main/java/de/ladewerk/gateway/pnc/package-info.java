/**
 * Plug &amp; Charge (ISO 15118) on the CSMS side: the revocation status of contract and V2G certificates by
 * OCSP (RFC 6960), for Authorize with certificate hash data and for GetCertificateStatus.
 */
package de.ladewerk.gateway.pnc;
