package vn.daotao.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The key under which a client address is counted (sign-in throttle, request limits). An IPv4 address is
 * itself; an IPv6 address is its /64 network, as one household, office or server usually holds a whole /64 and
 * could otherwise rotate through billions of addresses to escape every per-address limit.
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static String key(String address) {
        if (address == null || address.isEmpty() || address.indexOf(':') < 0) {
            return address == null ? "" : address;
        }
        String literal =
                address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        if (!literal.matches("[0-9A-Fa-f:.]+")) {
            return address; // not an address literal: kept as it is, never looked up as a name
        }
        try {
            InetAddress parsed = InetAddress.getByName(literal);
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress();
            }
            byte[] bytes = parsed.getAddress();
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                key.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                        .append(':');
            }
            return key.append(":/64").toString();
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }
}
