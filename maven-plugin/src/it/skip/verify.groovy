def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] kubelint: skipped (kubelint.skip is true)')
assert log.contains('BUILD SUCCESS')
assert !log.contains('[unknown-field]')
assert !new File(basedir, 'target/kubelint').exists()
