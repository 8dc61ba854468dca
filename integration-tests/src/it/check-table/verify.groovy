// The path docs/importing-tables.md describes, as a user walks it, without clean: the catalog
// mirrors the saved page; the page changes and check-table fails the build, naming the changes
// and the goal that fixes them; that goal updates the catalog, keeping the hand-written fields;
// the handler now misses the new code and the compiler says so, until it handles it (the
// handler docs/importing-tables.md shows). Then the runnable jar alone (no other jar on its
// class path) checks the same files. One log per step, run by it-parent/steps.groovy.

File page = new File(basedir, 'docs/example-identity-errors.html')
File catalog = new File(basedir, 'src/main/resources/errors.yaml')
Map steps = evaluate(new File(basedir.parentFile, 'it-parent/steps.groovy'))
Closure<Map> mvn = steps.mvn
Closure<Map> jar = { String name, String... args ->
  String version = new groovy.xml.XmlSlurper().parse(new File(basedir, 'pom.xml'))
      .build.plugins.plugin.version.text()
  File importer = new File(localRepositoryPath, "dev/oautherrors/oauth-errors-catalog-import/"
      + "${version}/oauth-errors-catalog-import-${version}.jar")
  assert importer.isFile() : "no ${importer}"
  steps.run(name, "java -jar ${importer.name} ${args[0]}",
      [new File(javaHome, 'bin/java').path, '-jar', importer.path] + args.toList())
}

// Invoker's build: check-table ran in validate and found the catalog mirrors the page.
String first = new File(basedir, 'build.log').text
assert first.contains('check-table (check-errors)')
assert first.contains('src/main/resources/errors.yaml mirrors docs/example-identity-errors.html, '
    + 'table 1 at line 7, code column "Error code", description column "Description" (0 added, '
    + '0 changed, 0 not in the table (kept), 0 skipped, 0 normalised, 3 unchanged)') : first
assert first.contains('BUILD SUCCESS')

// 1. The provider documents a new code and rewords another: the build stops in validate.
String originalCatalog = catalog.text
page.text = page.text
    .replace('The client could not be authenticated.',
        'The client could not be authenticated: unknown client or bad credentials.')
    .replace('  </tbody>', '    <tr><td><code>invalid_scope</code></td><td>The scope is '
        + 'unknown or <em>too wide</em>.</td></tr>\n  </tbody>')
Map check = mvn('check-fails', 'validate')
assert check.exit != 0 : "the check should fail; see ${check.log}"
// Maven prints each line of the failure with an [ERROR] prefix.
assert check.text.contains("""\
[ERROR]   1 added, 1 changed, 0 not in the table (kept), 0 skipped, 0 normalised, 2 unchanged
[ERROR] added:
[ERROR]   + invalid_scope  (row 4 at line 15)
[ERROR]       The scope is unknown or too wide.
[ERROR] changed:
[ERROR]   ~ invalid_client  (src/main/resources/errors.yaml:14; row 2 at line 13)
[ERROR]       was: The client could not be authenticated.
[ERROR]       now: The client could not be authenticated: unknown client or bad credentials.
[ERROR] To update the catalog, run:
[ERROR]   mvn oauth-errors:import-table@check-errors""") : "no differences or fix; see ${check.log}"
assert catalog.text == originalCatalog : 'check-table wrote the catalog'

// 2. The command the failure printed updates the catalog and keeps the hand-written fields.
Map imported = mvn('import', 'oauth-errors:import-table@check-errors')
assert imported.exit == 0 : "the import should pass; see ${imported.log}"
assert imported.text.contains('Updated src/main/resources/errors.yaml from docs/'
    + 'example-identity-errors.html') : imported.log
assert catalog.text == originalCatalog
    .replace('cause: The client could not be authenticated.',
        'cause: "The client could not be authenticated: unknown client or bad credentials."')
    .concat('''
  - code: invalid_scope
    cause: The scope is unknown or too wide.
''') : "unexpected catalog:\n${catalog.text}"

// 3. Now the catalog mirrors the page, and the handler that misses the new code fails to
// compile, naming it.
Map compile = mvn('compile-misses-code', 'compile')
assert compile.exit != 0 : "compile should fail; see ${compile.log}"
assert compile.text.contains('src/main/resources/errors.yaml mirrors') : compile.log
assert compile.text.contains('[OAuthErrors/MissingCodes] LoginErrors does not handle 1 code of '
    + 'errors.yaml:') : compile.log
assert compile.text.contains('- invalid_scope (errors.yaml:22): The scope is unknown or too wide.')

// 4. Handling the new code, as docs/importing-tables.md shows the handler, compiles again.
File handler = new File(basedir, 'src/main/java/com/example/login/LoginErrors.java')
handler.text = handler.text
    .replace('import com.example.login.oauth.UnknownOAuthErrorException;',
        'import com.example.login.oauth.InvalidScopeException;\n'
            + 'import com.example.login.oauth.UnknownOAuthErrorException;')
    .replace('  String onUnknown(', '''  String onScope(InvalidScopeException e) {
    return "ask for less";
  }

  String onUnknown(''')
Map handled = mvn('handle-code', 'compile')
assert handled.exit == 0 : "the handled code should compile; see ${handled.log}"

// 5. The runnable jar needs nothing else: its help, and the same check from the command line.
Map help = jar('jar-help', '--help')
assert help.exit == 0 && help.text.startsWith('Usage: java -jar oauth-errors-catalog-import.jar')
Map cli = jar('jar-check', 'check', '--table', page.path, '--code-column', 'Error code',
    '--description-column', 'description', '--catalog', catalog.path)
assert cli.exit == 0 : "the command-line check should pass; see ${cli.log}"
assert cli.text.contains(' mirrors ') : cli.log
page.text = page.text.replace('too wide', 'far too wide')
cli = jar('jar-check-fails', 'check', '--table', page.path, '--code-column', 'Error code',
    '--description-column', 'description', '--catalog', catalog.path)
assert cli.exit == 1 : "the command-line check should fail; see ${cli.log}"
assert cli.text.contains('now: The scope is unknown or far too wide.') : cli.log
return true
