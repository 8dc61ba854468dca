package dev.oautherrors.bench.processor;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the class files javac wrote and finds the largest constant pool and the largest method
 * body: the two class-file limits a big catalog could break (65,535 constant-pool entries per
 * class, 65,535 bytes of code per method). A few dozen lines of JVMS §4, so that the harness
 * reports how close to each limit a catalog comes.
 */
final class ClassFileLimits {
  /** The largest constant pool and method, and the classes that hold them. */
  record Peak(int constants, String constantsClass, int code, String codeClass) {
    @Override
    public String toString() {
      return "largest constant pool " + constants + " of 65,535 entries (" + constantsClass
          + "), largest method " + code + " of 65,535 bytes (" + codeClass + ")";
    }
  }

  private ClassFileLimits() {}

  static Peak scan(Path classes) {
    int constants = 0;
    String constantsClass = "";
    int code = 0;
    String codeClass = "";
    try (Stream<Path> walk = Files.walk(classes)) {
      List<Path> files = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
      for (Path file : files) {
        int[] sizes = read(Files.readAllBytes(file));
        String name = classes.relativize(file).toString();
        if (sizes[0] > constants) {
          constants = sizes[0];
          constantsClass = name;
        }
        if (sizes[1] > code) {
          code = sizes[1];
          codeClass = name;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Peak(constants, constantsClass, code, codeClass);
  }

  /** {constant-pool entries, longest Code attribute's code length} of one class file. */
  private static int[] read(byte[] bytes) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    in.readInt(); // magic
    in.readUnsignedShort(); // minor
    in.readUnsignedShort(); // major
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
        case 5, 6 -> {
          in.skipBytes(8);
          i++; // longs and doubles take two entries
        }
        case 7, 8, 16, 19, 20 -> in.skipBytes(2);
        case 15 -> in.skipBytes(3);
        default -> throw new IOException("unknown constant tag " + tag);
      }
    }
    in.skipBytes(6); // access, this, super
    in.skipBytes(2 * in.readUnsignedShort()); // interfaces
    skipMembers(in, utf8, null); // fields
    int[] longest = {0};
    skipMembers(in, utf8, longest); // methods
    return new int[] {count - 1, longest[0]};
  }

  private static void skipMembers(DataInputStream in, String[] utf8, int[] longestCode)
      throws IOException {
    int members = in.readUnsignedShort();
    for (int m = 0; m < members; m++) {
      in.skipBytes(6); // access, name, descriptor
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        String name = utf8[in.readUnsignedShort()];
        int length = in.readInt();
        if (longestCode != null && "Code".equals(name)) {
          in.skipBytes(4); // max_stack, max_locals
          int codeLength = in.readInt();
          longestCode[0] = Math.max(longestCode[0], codeLength);
          in.skipBytes(length - 8);
        } else {
          in.skipBytes(length);
        }
      }
    }
  }
}
