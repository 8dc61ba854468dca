// Both catalogs were generated, each into its package, each handler got its dispatcher, and
// track-catalog recorded each catalog with a stamp of its own.
File classes = new File(basedir, 'target/classes')
['com/example/acme/AcmeLockedException.class', 'com/example/entra/InvalidGrantException.class',
 'com/example/app/AcmeErrorsDispatcher.class', 'com/example/app/EntraErrorsDispatcher.class'].each {
  assert new File(classes, it).isFile() : "missing ${it}"
}
String log = new File(basedir, 'build.log').text
assert log.contains('src/main/resources/errors/acme.yaml recorded') : 'acme.yaml not tracked'
assert log.contains('src/main/resources/errors/entra.yaml recorded') : 'entra.yaml not tracked'
assert new File(basedir, 'target/oauth-errors/catalog-entra.sha256').isFile()
// The inherited code's Javadoc cites its section.
String grant = new File(basedir,
    'target/generated-sources/annotations/com/example/entra/InvalidClientException.java').text
assert grant.contains('RFC 6749 §5.2') : grant
