package vn.resultpost.gateway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.SocketChannel;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListeningProcessTest {

    @Test
    void findsThisJvmByThePortItListensOn() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(ListeningProcess.pidOf(socket.getLocalPort())).hasValue(ProcessHandle.current().pid());
        }
    }

    @Test
    void findsNoneOnAPortHeldButNotListenedOn() throws Exception {
        // Bound, so no other test can take the port meanwhile, but not listening.
        try (SocketChannel held = SocketChannel.open()) {
            held.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = ((InetSocketAddress) held.getLocalAddress()).getPort();
            assertThat(ListeningProcess.pidOf(port)).isEmpty();
        }
    }

    @Test
    void tellsThisMachineFromAnother() {
        assertThat(GatewayUnderTest.isThisMachine("localhost")).isTrue();
        assertThat(GatewayUnderTest.isThisMachine("127.0.0.1")).isTrue();
        assertThat(GatewayUnderTest.isThisMachine("192.0.2.10")).as("TEST-NET-1, documentation only").isFalse();
    }

    @Test
    void takesOnlyListeningSocketsOfThePortFromTheTable() {
        List<String> table = List.of(
                "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode",
                "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4711 1",
                "   1: 0100007F:1F90 0100007F:C350 01 00000000:00000000 00:00000000 00000000     0        0 4712 1",
                "   2: 0100007F:1F91 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4713 1");
        assertThat(ListeningProcess.listeningInodes(table, 8080)).containsExactly("4711");
    }
}
