/**
 * The header a client's token travels in (`Authorization: Bearer <token>`), named as Node's
 * IncomingMessage and the Fetch API's Headers give it: in lower case. Every server, the gateway's
 * forwarding, the log's redaction and the scripts name it from here.
 */
export const AUTHORIZATION_HEADER = 'authorization';
