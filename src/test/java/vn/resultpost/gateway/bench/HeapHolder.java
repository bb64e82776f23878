package vn.resultpost.gateway.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/** Started by {@link HeapOwnersScriptTest} in a JVM of its own: holds known amounts in known places, dumps its heap. */
public final class HeapHolder {

    /** Chunks well below half a G1 region, so that a 64 MiB heap holds them all. */
    static final int CHUNK = 64 * 1024;

    /** 24 MiB of byte arrays reachable only from this static field of a gateway class. */
    static byte[][] gatewayOwned;

    /** 12 MiB of byte arrays reachable only through Jackson's nodes (the node itself held here). */
    static ArrayNode jacksonOwned;

    public static void main(String[] args) throws Exception {
        gatewayOwned = new byte[chunks(args[1])][CHUNK];
        jacksonOwned = JsonNodeFactory.instance.arrayNode();
        for (int i = chunks(args[2]); i > 0; i--) {
            jacksonOwned.add(new byte[CHUNK]);
        }
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpHeap(args[0], true);
    }

    private static int chunks(String mib) {
        return Integer.parseInt(mib) * 1024 * 1024 / CHUNK;
    }
}
