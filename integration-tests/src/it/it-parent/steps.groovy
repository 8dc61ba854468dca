// Runs the builds of an IT project that needs more than one: invoker runs scripts only before
// its first and after its last build, so a verify.groovy that edits the project between builds
// runs them itself. It evaluates this file and gets back three closures:
//   run(name, label, command) runs a command in the project;
//   runIn(dir, name, label, command) runs it in another folder (the guide's empty project);
//   mvn(name, goals...) runs ${mavenHome}/bin/mvn -B -ntp -V with invoker's own settings and
//     local repository.
// All run on the JDK this invoker execution is for (JAVA_HOME), write one log per step,
// step-<n>-<name>.log, and return [name:, exit:, text:, log:].

import java.util.concurrent.TimeUnit

// invoker writes the filtered src/it/settings.xml next to the cloned projects.
File settings = new File(basedir.parentFile, 'interpolated-settings.xml')
assert settings.isFile() : "no ${settings}: where does this invoker version put its settings?"

int steps = 0
Closure<Map> runIn = { File dir, String name, String label, List<String> command ->
  File log = new File(basedir, "step-${++steps}-${name}.log")
  ProcessBuilder builder = new ProcessBuilder(command).directory(dir)
      .redirectErrorStream(true).redirectOutput(log)
  builder.environment().put('JAVA_HOME', javaHome.toString())
  Process process = builder.start()
  if (!process.waitFor(5, TimeUnit.MINUTES)) {
    process.destroyForcibly()
    throw new AssertionError("step ${name} took over 5 minutes; see ${log}")
  }
  println "  step ${steps} ${name}: ${label} -> exit ${process.exitValue()}"
  [name: name, exit: process.exitValue(), text: log.text, log: log]
}
Closure<Map> run = { String name, String label, List<String> command ->
  runIn(basedir, name, label, command)
}
Closure<Map> mvn = { String name, String... goals ->
  run(name, "mvn ${goals.join(' ')}", [new File(mavenHome, 'bin/mvn').path, '-B', '-ntp', '-V',
      '-s', settings.path, "-Dmaven.repo.local=${localRepositoryPath}".toString()]
      + goals.toList())
}
return [run: run, runIn: runIn, mvn: mvn]
