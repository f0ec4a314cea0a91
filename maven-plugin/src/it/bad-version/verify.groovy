def log = new File(basedir, 'build.log').text
assert log.contains('kubelint: kubernetesVersion: Kubernetes 1.99 is not supported; supported versions: ')
assert log.contains('BUILD FAILURE')
// a configuration problem, not findings: nothing is linted or reported
assert log.contains('/MojoExecutionException')
assert !log.contains('[unknown-field]')
assert !new File(basedir, 'target/kubelint').exists()
