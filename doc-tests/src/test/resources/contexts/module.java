// Context "module": a module declaration, compiled as module-info.java with this project's
// modules (and jackson-core, which the runtime requires) on the module path.
/*SNIPPET*/
