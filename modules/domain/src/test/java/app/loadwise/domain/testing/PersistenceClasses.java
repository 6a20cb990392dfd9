package app.loadwise.domain.testing;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The JPA classes (entities, embeddables, converters) of every Loadwise module on the class path, found from their
 * class files: each module owns its tables, so a module's tests see the shared domain's classes and its own.
 */
public final class PersistenceClasses {

    private static final String ROOT = "app/loadwise/";
    private static final List<String> ANNOTATIONS = List.of("Ljakarta/persistence/Entity;", "Ljakarta/persistence/Embeddable;",
            "Ljakarta/persistence/Converter;", "Ljakarta/persistence/MappedSuperclass;");

    private PersistenceClasses() {
    }

    /** Their names, sorted. */
    public static List<String> onClassPath() {
        TreeSet<String> found = new TreeSet<>();
        try {
            Enumeration<URL> roots = Thread.currentThread().getContextClassLoader().getResources(ROOT);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("jar".equals(root.getProtocol())) {
                    fromJar(((JarURLConnection) root.openConnection()).getJarFileURL(), found);
                } else {
                    fromDirectory(Path.of(root.toURI()), found);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        found.removeIf(name -> !isPersistenceClass(name));
        return List.copyOf(found);
    }

    /** The class itself carries one of the annotations (a class file may only mention them, as this one does). */
    private static boolean isPersistenceClass(String name) {
        try {
            Class<?> type = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
            return type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class)
                    || type.isAnnotationPresent(Converter.class) || type.isAnnotationPresent(MappedSuperclass.class);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static void fromDirectory(Path root, TreeSet<String> found) throws IOException {
        Path base = root.getParent().getParent();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                if (annotated(Files.readAllBytes(file))) {
                    found.add(className(base.relativize(file).toString().replace('\\', '/')));
                }
            }
        }
    }

    private static void fromJar(URL jar, TreeSet<String> found) throws IOException {
        try (JarFile file = new JarFile(Path.of(jar.getPath()).toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.getName().startsWith(ROOT) && entry.getName().endsWith(".class")) {
                    try (InputStream in = file.getInputStream(entry)) {
                        if (annotated(in.readAllBytes())) {
                            found.add(className(entry.getName()));
                        }
                    }
                }
            }
        }
    }

    /** Whether a class file names a JPA class annotation (its constant pool holds the descriptor). */
    private static boolean annotated(byte[] classFile) {
        String text = new String(classFile, StandardCharsets.ISO_8859_1);
        return ANNOTATIONS.stream().anyMatch(text::contains);
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }
}
