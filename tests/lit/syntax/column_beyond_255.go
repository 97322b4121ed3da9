package main

var x =                                                                                                                                                                                                                                                                                                             )

