// Runs the MARC4J peer (tools/peers/Marc4jPeer.java) on many files in one JVM, so the interop suite
// starts Java once per run instead of once per file. Each stdin line is "MODE<TAB>IN<TAB>OUT"; for each, one stdout
// line "rc<TAB>stderr" (stderr with newlines as \n) after calling Marc4jPeer.main exactly as the command line would.
import java.io.*;
import java.nio.charset.StandardCharsets;

public class Marc4jBatch {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, "UTF-8");
        PrintStream realErr = System.err;
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isEmpty()) continue;
            String[] parts = line.split("\t");
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            System.setErr(new PrintStream(err, true, "UTF-8"));
            int rc = 0;
            try {
                Marc4jPeer.main(parts);
            } catch (Throwable t) {
                rc = 1;
                t.printStackTrace(System.err);
            } finally {
                System.setErr(realErr);
            }
            String text = new String(err.toByteArray(), StandardCharsets.UTF_8).replace("\\", "\\\\").replace("\n", "\\n").replace("\t", " ");
            out.println(rc + "\t" + text);
        }
    }
}
