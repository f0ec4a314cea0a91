def log = new File(basedir, 'build.log').text
assert log.contains("kubelint: disabledRules: unknown rule or rule set 'reliabilty'; did you mean reliability?")
assert log.contains('BUILD FAILURE')
assert log.contains('/MojoExecutionException')
assert !new File(basedir, 'target/kubelint').exists()
