// Test helper: MARC4J's own MARC-8 -> UTF-8 conversion, forced (Marc4jPeer's BESTGUESS may take a record for
// Latin-1). Usage: java -cp /usr/share/java/marc4j.jar Marc4jMarc8.java IN OUT.xml
import org.marc4j.*;
import org.marc4j.marc.Record;
import java.io.*;

public class Marc4jMarc8 {
    public static void main(String[] args) throws Exception {
        InputStream in = new BufferedInputStream(new FileInputStream(args[0]));
        OutputStream out = new BufferedOutputStream(new FileOutputStream(args[1]));
        MarcReader reader = new MarcPermissiveStreamReader(in, true, true, "MARC8");
        MarcXmlWriter writer = new MarcXmlWriter(out, "UTF-8", false);
        writer.setUnicodeNormalization(false);
        while (reader.hasNext()) writer.write(reader.next());
        writer.close();
    }
}
