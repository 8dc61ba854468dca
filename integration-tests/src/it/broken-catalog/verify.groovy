// A misspelled field ('casue') beside code that uses the catalog's types in imports, signatures,
// a field and method bodies: the build must fail with that one error, placed where IDEs and CI
// link it, and no javac error in the user's files. Then the catalog is fixed and the build, run
// again without clean, passes: the placeholders written for the failed build are gone.
String log = new File(basedir, 'build.log').text
File catalog = new File(basedir, 'src/main/resources/errors.yaml')

List<String> errors = log.readLines().findAll { it.startsWith('[ERROR] ') }
// Maven prints each compiler error twice: in its COMPILATION ERROR list, and again in the
// mojo's failure message. Count the distinct ones that name a place.
Set<String> located = errors.findAll { it =~ /^\[ERROR\] \S.*:\[\d+,\d+\] / } as Set
assert located.size() == 1 : "expected one error, got:\n${located.join('\n')}"
String only = located.iterator().next()
assert only.startsWith('[ERROR] ' + catalog.canonicalPath + ':[5,5] [OAuthErrors/UnknownField] ') : only
assert only.contains("unknown field 'casue' in error entry 'access_denied'; did you mean 'cause'?")
assert log.contains('[INFO] 1 error')
assert !log.contains('cannot find symbol')
assert !log.contains('does not exist')
assert !log.contains('[OAuthErrors/MissingField]') : 'the misspelled field was reported twice'
File placeholder = new File(basedir,
    'target/generated-sources/annotations/com/example/login/oauth/AccessDeniedException.java')
assert placeholder.text.contains('PLACEHOLDER, not the real type')

// Fixing the catalog makes the next build pass, without clean.
catalog.text = catalog.text.replace('casue:', 'cause:')
Closure<Map> mvn = evaluate(new File(basedir.parentFile, 'it-parent/steps.groovy')).mvn
Map fixed = mvn('fixed', 'compile')
assert fixed.exit == 0 : "the fixed catalog should compile; see ${fixed.log}"
assert !placeholder.text.contains('PLACEHOLDER') : 'the placeholder outlived the fix'
assert new File(basedir, 'target/classes/com/example/login/LoginErrorsDispatcher.class').isFile()
return true
