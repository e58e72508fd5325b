package dev.inventoryimport.admin.view;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Client addresses as people write them: the servlet container gives IPv6 in full
 * ({@code 0:0:0:0:0:0:0:1}); the audit trail shows the short form ({@code ::1}).
 */
public final class Addresses {

    // Only literal IPv6 text is handed to InetAddress: anything else could start a name lookup.
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]+(%[\\w.]+)?");

    private Addresses() {
    }

    public static String readable(String address) {
        if (address == null || address.indexOf(':') < 0 || !IPV6.matcher(address).matches()) {
            return address;
        }
        String zone = address.contains("%") ? address.substring(address.indexOf('%')) : "";
        String bare = address.substring(0, address.length() - zone.length());
        try {
            InetAddress parsed = InetAddress.getByName(bare);
            // An IPv4-mapped address (::ffff:127.0.0.1) comes back as the IPv4 address it carries.
            return parsed instanceof Inet4Address ? parsed.getHostAddress() : compress(parsed.getAddress()) + zone;
        } catch (UnknownHostException e) {
            return address;
        }
    }

    /** RFC 5952: lower case, no leading zeros, the longest run of two or more zero groups as "::". */
    private static String compress(byte[] bytes) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (bytes[2 * i] & 0xff) << 8 | bytes[2 * i + 1] & 0xff;
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = Math.max(i, j);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
