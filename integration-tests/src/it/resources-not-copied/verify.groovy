import java.security.MessageDigest

String log = new File(basedir, 'build.log').text
File classes = new File(basedir, 'target/classes')

// 1: not found, and the message says where the processor looked.
assert log.contains('[OAuthErrors/CatalogNotFound]')
assert log.contains('class path: nowhere.yaml (not found)')
assert log.contains('class output: ' + new File(classes, 'nowhere.yaml').canonicalPath + ' (not found)')
assert log.contains('source folder: ' + new File(basedir, 'src/main/resources/nowhere.yaml').canonicalPath)

// 2: resources were never copied, yet the types were generated from the source folder's file.
assert !new File(classes, 'errors.yaml').exists() : 'process-resources ran; this test needs it not to'
assert new File(classes, 'com/example/login/LoginErrorsDispatcher.class').isFile()
String sha256 = MessageDigest.getInstance('SHA-256')
    .digest(new File(basedir, 'src/main/resources/errors.yaml').bytes).encodeHex().toString()
String generated = new File(basedir,
    'target/generated-sources/annotations/com/example/login/oauth/OAuthErrors.java').text
assert generated.contains('"' + sha256 + '"') : 'generated from another catalog'
return true
